package org.projectdesk.web.desk;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comment thread in headless Chromium, with the demo accounts: a reviewer comments on the Donors
 * field of a revision in review and sends it back without a general comment; the editor sees the
 * comment at the organisations of the entry form, answers, resolves it and submits again; the
 * reviewer sees the thread, resolved, with the answer. The pages stay free of serious
 * accessibility problems with threads on them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewThreadsBrowserIT {

    private static final By DONORS_THREAD = By.cssSelector("article.thread[data-anchor=donors]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aReviewerCommentsOnTheDonorsAndTheEditorAnswersResolvesAndResubmits() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Thread pilot " + unique;
        String question = "Which donor funds the second year?";
        String answer = "The European Commission; added as donor.";

        try (Browser editorBrowser = new Browser(); Browser reviewerBrowser = new Browser()) {
            DeskPages editor = new DeskPages(editorBrowser);
            DeskPages reviewer = new DeskPages(reviewerBrowser);

            editor.signIn("editor", "demo-editor");
            String entryPath = editor.writeEntry(title, "To try comment threads.", "TP-" + unique, "it-tp-" + unique);
            editor.clickAndWaitForPage(By.id("submit"));
            assertEquals("In review", editor.text(By.id("entry-state")));

            // the reviewer comments on the donors and sends the revision back with that comment alone
            reviewer.signIn("reviewer", "demo-reviewer");
            reviewer.open("/desk/queue");
            reviewer.find(By.linkText(title)).click();
            new Select(reviewer.find(By.id("commentField"))).selectByVisibleText("Donors");
            reviewer.type(By.id("commentText"), question);
            reviewer.clickAjax(By.id("addComment"));
            assertTrue(reviewer.text(DONORS_THREAD).contains(question), reviewer.text(DONORS_THREAD));
            assertTrue(reviewer.text(DONORS_THREAD).startsWith("Donors"), "the thread names its field");
            assertEquals(List.of(), Axe.seriousViolations(reviewerBrowser.driver()), "serious accessibility problems on the review page");
            reviewer.clickAndWaitForPage(By.id("requestChanges"));
            assertTrue(reviewer.page().getCurrentUrl().endsWith("/desk/queue"), "an open comment is enough to request changes");

            // the editor sees the comment beside the organisations, answers and resolves it, submits again
            editor.open(entryPath);
            assertEquals("Draft", editor.text(By.id("entry-state")));
            By atDonors = By.cssSelector("[aria-labelledby=organisations-heading] article.thread[data-anchor=donors]");
            assertTrue(editor.text(atDonors).contains(question), "shown at the field: " + editor.text(atDonors));
            assertEquals(List.of(), Axe.seriousViolations(editorBrowser.driver()), "serious accessibility problems on the entry form");
            editor.type(By.cssSelector("article.thread[data-anchor=donors] textarea"), answer);
            editor.clickAjax(By.cssSelector("article.thread[data-anchor=donors] button[id$=sendAnswer]"));
            assertTrue(editor.text(atDonors).contains(answer), editor.text(atDonors));
            editor.clickAjax(By.cssSelector("article.thread[data-anchor=donors] button[id$=resolve]"));
            assertTrue(editor.text(atDonors).contains("Resolved by editor"), editor.text(atDonors));
            editorBrowser.screenshot("desk-entry-thread", 1280);
            editor.clickAndWaitForPage(By.id("submit"));
            assertEquals("In review", editor.text(By.id("entry-state")));

            // the reviewer finds the thread resolved, with the answer
            reviewer.open("/desk/queue");
            reviewer.find(By.linkText(title)).click();
            WebElement thread = reviewer.find(By.cssSelector("article.thread--resolved[data-anchor=donors]"));
            assertTrue(thread.getText().contains(question) && thread.getText().contains(answer), thread.getText());
            reviewerBrowser.screenshot("desk-review-thread", 1280);
        }
    }
}
