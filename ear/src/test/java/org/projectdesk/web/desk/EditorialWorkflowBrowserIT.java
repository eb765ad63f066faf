package org.projectdesk.web.desk;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.TestServer;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole editorial path in headless Chromium, with the demo accounts: an editor writes and
 * submits an entry; a reviewer sends it back with a comment; the editor sees the comment, fixes
 * the draft and submits it again; the reviewer approves; the public page shows it. Then the editor
 * edits the published entry, and the public page keeps the old text until the new revision is approved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorialWorkflowBrowserIT {

    private static final String UNDP = "United Nations Development Programme (UNDP)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anEntryGoesFromDraftThroughReviewToThePublicSiteAndIsRevisedWithoutGoingOffline() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Workflow pilot " + unique;
        String firstObjective = "To test cross-border cooperation in a pilot region.";
        String fixedObjective = "To strengthen cross-border cooperation between two pilot regions.";
        String revisedObjective = "To extend the cross-border cooperation to three regions.";
        String comment = "Please say which regions the pilot covers.";

        try (Browser editorBrowser = new Browser(); Browser reviewerBrowser = new Browser()) {
            DeskPages editor = new DeskPages(editorBrowser);
            DeskPages reviewer = new DeskPages(reviewerBrowser);

            // the editor writes a new entry and submits it
            editor.signIn("editor", "demo-editor");
            assertEquals("editor", editor.text(By.id("signed-in-user")));
            editor.open("/desk/entry");
            editor.type(By.id("languages:title-en"), title);
            editor.type(By.id("languages:objective-en"), firstObjective);
            editor.type(By.id("acronym"), "BCP-" + unique);
            editor.type(By.id("slug"), "it-bcp-" + unique);
            editor.choose(editor.find(By.cssSelector(".participation-row .organisation-picker")), UNDP);
            editor.month("startMonth", "01/2026");
            editor.month("endMonth", "12/2027");
            editor.tick(By.id("countries"), "Iceland");
            editorBrowser.screenshot("desk-entry-new", 1280);
            editor.clickAndWaitForPage(By.id("save"));
            assertEquals("Draft", editor.text(By.id("entry-state")));
            String slug = editor.text(By.id("slug-value"));
            assertEquals("it-bcp-" + unique, slug);
            String entryPath = editor.page().getCurrentUrl().substring(editor.page().getCurrentUrl().indexOf("/desk/"));
            assertEquals(404, TestServer.get("/projects/" + slug).statusCode(), "a draft is not public");
            editor.find(By.id("preview-link")).click();
            assertTrue(editor.text(By.id("preview-banner")).startsWith("Preview"));
            assertEquals(title, editor.text(By.cssSelector("article.project h1")));
            assertEquals(firstObjective, editor.text(By.cssSelector("article.project #objective + p")));
            editorBrowser.screenshot("desk-preview", 1280);
            editor.open(entryPath);
            editor.clickAndWaitForPage(By.id("submit"));
            assertEquals("In review", editor.text(By.id("entry-state")));

            // the reviewer finds it in the queue and asks for changes
            reviewer.signIn("reviewer", "demo-reviewer");
            reviewer.open("/desk/queue");
            reviewer.find(By.linkText(title)).click();
            reviewerBrowser.screenshot("desk-review", 1280);
            reviewer.clickAjax(By.id("requestChanges"));
            assertTrue(reviewer.text(By.cssSelector(".field-error")).contains("comment"),
                    "a comment is required to request changes");
            reviewer.type(By.id("comment"), comment);
            reviewer.clickAndWaitForPage(By.id("requestChanges"));
            assertTrue(reviewer.page().getCurrentUrl().endsWith("/desk/queue"));

            // the editor sees it sent back with the comment, fixes it and submits again
            editor.open("/desk");
            WebElement sentBack = editor.find(By.id("sent-back-table"));
            assertTrue(sentBack.getText().contains(title), sentBack.getText());
            assertTrue(sentBack.getText().contains(comment), sentBack.getText());
            editorBrowser.screenshot("desk-sent-back", 1280);
            sentBack.findElement(By.linkText(title)).click();
            assertEquals(comment, editor.text(By.cssSelector("#review-comment p")));
            editor.type(By.id("languages:objective-en"), fixedObjective);
            editor.clickAndWaitForPage(By.id("submit"));
            assertEquals("In review", editor.text(By.id("entry-state")));

            // the reviewer sees the change and approves
            reviewer.open("/desk/queue");
            reviewer.find(By.linkText(title)).click();
            assertTrue(reviewer.text(By.id("diff-table")).contains(fixedObjective));
            reviewer.clickAndWaitForPage(By.id("approve"));

            // the public page shows it
            HttpResponse<String> published = TestServer.get("/projects/" + slug);
            assertEquals(200, published.statusCode());
            assertTrue(published.body().contains(title));
            assertTrue(published.body().contains(fixedObjective));

            // the editor edits the published entry: a new draft; the public page keeps the old text
            editor.open(entryPath);
            editor.clickAndWaitForPage(By.id("startRevision"));
            assertEquals("Draft", editor.text(By.id("entry-state")));
            editor.type(By.id("languages:objective-en"), revisedObjective);
            editor.clickAjax(By.id("save"));
            assertTrue(TestServer.get("/projects/" + slug).body().contains(fixedObjective));
            assertFalse(TestServer.get("/projects/" + slug).body().contains(revisedObjective));
            editor.clickAndWaitForPage(By.id("submit"));
            assertTrue(TestServer.get("/projects/" + slug).body().contains(fixedObjective));

            // the reviewer compares with the live version and approves: now the public sees the new text
            reviewer.open("/desk/queue");
            reviewer.find(By.linkText(title)).click();
            List<WebElement> objectiveChange = reviewer.page().findElements(
                    By.cssSelector("#diff-table tr[data-field=objective][data-language=EN]"));
            assertEquals(1, objectiveChange.size());
            assertTrue(objectiveChange.get(0).getText().contains(fixedObjective));
            assertTrue(objectiveChange.get(0).getText().contains(revisedObjective));
            reviewerBrowser.screenshot("desk-review-revision", 1280);
            reviewer.clickAndWaitForPage(By.id("approve"));
            String live = TestServer.get("/projects/" + slug).body();
            assertTrue(live.contains(revisedObjective));
            assertFalse(live.contains(fixedObjective));

            editor.open("/desk/history?id=" + entryPath.replaceAll(".*id=", ""));
            editorBrowser.screenshot("desk-history", 1280);
        }
    }
}
