package org.projectdesk.web.desk;

import jakarta.json.Json;
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
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.DeskClient;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.TestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduled publication in headless Chromium: an editor submits an entry; the reviewer approves it
 * "to be published at" a time an hour ahead (shown in UTC, listed in the queue); nothing is public
 * yet; the test moves the server's clock two hours ahead (the server property
 * {@code projectdesk.clock.offset}) instead of waiting, and once the scheduler has run the public page
 * shows the entry and the editor is told. The admin finds the scheduled step in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledPublicationBrowserIT {

    private static final String CLOCK_OFFSET = "projectdesk.clock.offset";
    /** How many times the public page is asked for while the scheduler (every 2 s in tests) gets to the step. */
    private static final int SCHEDULER_POLLS = 60;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void theReviewerSchedulesThePublicationAndThePublicPageShowsTheEntryOnceTheSchedulerRan() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String slug = "it-scheduled-" + unique;
        String title = "Scheduled pilot " + unique;
        DeskClient editor = new DeskClient(TestServer.url(""));
        assertTrue(editor.signIn("editor", "demo-editor"));
        long id = editor.importFile(slug + ".json", Json.createObjectBuilder().add("entries", Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("slug", slug).add("title", title)
                        .add("objective", "To show a publication carried out on schedule.")
                        .add("duration", Json.createObjectBuilder().add("start", "2026-01").add("end", "2027-12"))
                        .add("countries", Json.createArrayBuilder().add("IS"))
                        .add("leadImplementer", Json.createObjectBuilder().add("slug", "undp"))))
                .build().toString()).filter(ids -> !ids.isEmpty()).map(ids -> ids.get(0))
                .orElseGet(() -> idFromSearch(editor, slug));
        assertTrue(editor.submit(id));

        try (Browser browser = new Browser(); Browser adminBrowser = new Browser()) {
            DeskPages reviewer = new DeskPages(browser);
            reviewer.signIn("reviewer", "demo-reviewer");
            reviewer.open("/desk/review?id=" + id);
            reviewer.find(By.id("schedule")).click();
            LocalDateTime inAnHour = LocalDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.MINUTES);
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                    reviewer.find(By.id("dueAt")), inAnHour.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            reviewer.clickAndWaitForPage(By.id("schedulePublication"));
            String scheduled = reviewer.text(By.id("schedule-table"));
            assertTrue(scheduled.contains("Waiting"), scheduled);
            assertTrue(scheduled.contains(DateTimeFormatter.ofPattern("HH:mm 'UTC'").format(inAnHour)),
                    "the time is shown with its zone: " + scheduled);
            assertEquals(List.of(), Axe.seriousViolations(browser.driver()), "serious accessibility problems on the schedule");
            browser.screenshot("desk-schedule", 1280);
            assertEquals(404, TestServer.get("/projects/" + slug).statusCode(), "not public before its time");
            reviewer.open("/desk/queue");
            assertTrue(reviewer.text(By.id("scheduled-table")).contains(title));

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

            reviewer.open("/desk/schedule?id=" + id);
            assertTrue(reviewer.text(By.id("schedule-table")).contains("Done on schedule"));
            DeskClient.Page notices = editor.get("/desk/notices");
            assertTrue(notices.document().getElementById("notices").text().contains(title + "\u201d was published"),
                    notices.document().getElementById("notices").text());

            DeskPages admin = new DeskPages(adminBrowser);
            admin.signIn("admin", "demo-admin");
            admin.open("/desk/audit?entry=" + slug + "&kind=SCHEDULED_STEP_DONE");
            assertTrue(admin.text(By.id("audit-table")).contains("reviewer"));
            assertEquals(List.of(), Axe.seriousViolations(adminBrowser.driver()), "serious accessibility problems on the audit trail");
            admin.open("/desk/notices");
            assertEquals(List.of(), Axe.seriousViolations(adminBrowser.driver()), "serious accessibility problems on the notifications");
        }
    }

    /** The entry's id, from the desk search's link to its form. */
    private static long idFromSearch(DeskClient editor, String slug) {
        try {
            String href = editor.get("/desk?q=" + slug).document().select("#search-results a[href*=id=]").attr("href");
            return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("\\D.*", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets (or, with null, removes) the server property that moves the application's clock. */
    private void moveClock(String offset) throws IOException {
        ModelNode address = Operations.createAddress("system-property", CLOCK_OFFSET);
        if (offset != null) {
            ModelNode add = Operations.createAddOperation(address);
            add.get("value").set(offset);
            execute(add);
        } else {
            execute(Operations.createRemoveOperation(address));
        }
    }

    private void execute(ModelNode operation) throws IOException {
        ModelNode result = management.getControllerClient().execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException("The server refused " + operation + ": " + result);
        }
    }
}
