package org.projectdesk.web.desk;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.TestServer;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comment thread in headless Chromium, with the demo accounts: a reviewer comments on the Donors
 * field of a revision in review and sends it back without a general comment; the editor sees the
 * comment at the organisations of the entry form, answers, resolves it and submits again; the
 * reviewer sees the thread, resolved, with the answer, and approves it to be published an hour
 * ahead. The test moves the server's clock (the server property {@code projectdesk.clock.offset})
 * instead of waiting; once the scheduler has run the public page shows the entry and the schedule
 * and the entry's history list the step as done on schedule. The pages stay free of
 * accessibility problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewThreadsBrowserIT {

    private static final String CLOCK_OFFSET = "projectdesk.clock.offset";
    /** How many times the public page is asked for while the scheduler (every 2 s in tests) gets to the step. */
    private static final int SCHEDULER_POLLS = 60;
    private static final By DONORS_THREAD = By.cssSelector("article.thread[data-anchor=donors]");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void aReviewerCommentsOnTheDonorsTheEditorAnswersResolvesAndResubmitsAndTheEntryIsPublishedOnSchedule()
            throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Thread pilot " + unique;
        String question = "Which donor funds the second year?";
        String answer = "The European Commission; added as donor.";
        String slug = "it-tp-" + unique;

        try (Browser editorBrowser = new Browser(); Browser reviewerBrowser = new Browser()) {
            DeskPages editor = new DeskPages(editorBrowser);
            DeskPages reviewer = new DeskPages(reviewerBrowser);

            editor.signIn("editor", "demo-editor");
            String entryPath = editor.writeEntry(title, "To try comment threads.", "TP-" + unique, slug);
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
            assertEquals(List.of(), Axe.violations(reviewerBrowser.driver()), "accessibility problems on the review page");
            reviewer.clickAndWaitForPage(By.id("requestChanges"));
            assertTrue(reviewer.page().getCurrentUrl().endsWith("/desk/queue"), "an open comment is enough to request changes");

            // the editor sees the comment beside the organisations, answers and resolves it, submits again
            editor.open(entryPath);
            assertEquals("Draft", editor.text(By.id("entry-state")));
            By atDonors = By.cssSelector("[aria-labelledby=organisations-heading] article.thread[data-anchor=donors]");
            assertTrue(editor.text(atDonors).contains(question), "shown at the field: " + editor.text(atDonors));
            assertEquals(List.of(), Axe.violations(editorBrowser.driver()), "accessibility problems on the entry form");
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

            // the reviewer approves it to be published an hour ahead; nothing is public before its time
            reviewer.find(By.id("schedule")).click();
            LocalDateTime inAnHour = LocalDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
            ((JavascriptExecutor) reviewerBrowser.driver()).executeScript("arguments[0].value = arguments[1];",
                    reviewer.find(By.id("dueAt")), inAnHour.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            reviewer.clickAndWaitForPage(By.id("schedulePublication"));
            assertTrue(reviewer.text(By.id("schedule-table")).contains("Waiting"), reviewer.text(By.id("schedule-table")));
            assertEquals(List.of(), Axe.violations(reviewerBrowser.driver()), "accessibility problems on the schedule");
            String schedulePath = reviewer.page().getCurrentUrl().substring(reviewer.page().getCurrentUrl().indexOf("/desk/"));
            assertEquals(404, TestServer.get("/projects/" + slug).statusCode(), "not public before its time");

            // the server's clock moves past the time; the scheduler publishes the entry
            moveClock("PT2H");
            try {
                int status = 404;
                for (int poll = 0; poll < SCHEDULER_POLLS && status != 200; poll++) {
                    Thread.sleep(1_000);
                    status = TestServer.get("/projects/" + slug).statusCode();
                }
                assertEquals(200, status, "public once the scheduler ran");
                assertTrue(TestServer.get("/projects/" + slug).body().contains(title));
            } finally {
                moveClock(null);
            }
            reviewer.open(schedulePath);
            assertTrue(reviewer.text(By.id("schedule-table")).contains("Done on schedule"), reviewer.text(By.id("schedule-table")));
            reviewerBrowser.screenshot("desk-schedule", 1280);

            // the entry's history shows the publication as a step done on schedule
            String id = entryPath.substring(entryPath.indexOf("id=") + 3).replaceAll("\\D.*", "");
            editor.open("/desk/history?id=" + id);
            String steps = editor.text(By.id("steps-table"));
            assertTrue(steps.contains("on schedule"), "the history names the step done on schedule: " + steps);
            assertEquals(List.of(), Axe.violations(editorBrowser.driver()), "accessibility problems on the history");
        }
    }

    /** Sets (or, with null, removes) the server property that moves the application's clock. */
    private void moveClock(String offset) throws IOException {
        ModelNode address = Operations.createAddress("system-property", CLOCK_OFFSET);
        ModelNode operation;
        if (offset != null) {
            operation = Operations.createAddOperation(address);
            operation.get("value").set(offset);
        } else {
            operation = Operations.createRemoveOperation(address);
        }
        ModelNode result = management.getControllerClient().execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException("The server refused " + operation + ": " + result);
        }
    }
}
