package org.projectdesk.web.desk;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.DeskClient;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.TestServer;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review side of the desk in headless Chromium, with the demo accounts: the reviewer's desk
 * (queue with waiting times, their decisions), a review diff people can read, what changed since a
 * revision was sent back, an approval comment the editors see, a review address opened by an
 * editor, discarding drafts and the confirmations before discarding, restoring and unpublishing,
 * the history's heading, a conflict with one's own other window, and unreadable desk addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewDeskBrowserIT {

    private static final String UNDP = "United Nations Development Programme (UNDP)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aReviewerReadsTheChangesDecidesWithACommentAndSeesTheirDecisions() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Review desk pilot " + unique;
        String firstObjective = "To test border cooperation in one pilot region.";
        String fixedObjective = "To test border cooperation in the two pilot regions of the north.";
        String request = "Please name the regions of the pilot.";
        String approval = "Thank you, approved.";

        try (Browser editorBrowser = new Browser(); Browser reviewerBrowser = new Browser()) {
            DeskPages editor = new DeskPages(editorBrowser);
            DeskPages reviewer = new DeskPages(reviewerBrowser);
            editor.signIn("editor", "demo-editor");
            String entryPath = newEntry(editor, title, firstObjective, "rd-" + unique);
            String id = entryPath.replaceAll(".*id=", "");
            editor.clickAndWaitForPage(By.id("submit"));
            assertEquals("In review", editor.text(By.id("entry-state")));

            // the reviewer's desk: the queue first, with how long each has waited; no "New entry"
            reviewer.signIn("reviewer", "demo-reviewer");
            reviewer.open("/desk");
            assertTrue(reviewer.page().findElements(By.cssSelector(".nav-new-entry")).isEmpty(),
                    "a reviewer is not offered a new entry");
            assertTrue(reviewer.page().findElements(By.id("my-drafts")).isEmpty(), "nor an editor's own lists");
            WebElement waiting = reviewer.find(By.cssSelector("#in-review-table tr[data-slug='rd-" + unique + "']"));
            assertTrue(waiting.findElement(By.className("waited")).getText().matches("\\d+ (h \\d+ min|d \\d+ h)"),
                    waiting.getText());
            checkPage(reviewerBrowser, "desk-reviewer-home");
            waiting.findElement(By.linkText(title)).click();
            reviewer.find(By.id("decision"));
            assertTrue(reviewer.page().getCurrentUrl().contains("/desk/review?id=" + id),
                    "the desk's in-review link opens the review screen");

            // the first version, readable: roles by label, countries and months by name
            String participations = reviewer.text(By.cssSelector("#diff-table tr[data-field=participations] .diff-after"));
            assertTrue(participations.startsWith(UNDP + " — "), participations);
            assertFalse(participations.contains("LEAD_IMPLEMENTER"), participations);
            assertEquals("Iceland", reviewer.text(By.cssSelector("#diff-table tr[data-field=countries] .diff-after")));
            assertEquals("January 2026 – December 2027",
                    reviewer.text(By.cssSelector("#diff-table tr[data-field=duration] .diff-after")));
            reviewer.type(By.id("comment"), request);
            reviewer.clickAndWaitForPage(By.id("requestChanges"));

            // an editor opening the review address reads the revision and is told why they cannot decide
            editor.open(entryPath);
            editor.type(By.id("languages:objective-en"), fixedObjective);
            editor.clickAndWaitForPage(By.id("submit"));
            editor.open("/desk/review?id=" + id);
            assertEquals("You can read this revision, but only a reviewer can approve it or send it back.",
                    editor.text(By.id("read-only-notice")));
            assertTrue(editor.page().findElements(By.id("decision")).isEmpty(), "no form to fill in vain");
            checkPage(editorBrowser, "desk-review-read-only");

            // the reviewer sees what changed since they sent it back, and approves with a comment
            reviewer.open("/desk/review?id=" + id);
            List<WebElement> sinceSentBack = reviewer.page().findElements(By.cssSelector("#since-sent-back-table tbody tr"));
            assertEquals(1, sinceSentBack.size(), "only the objective changed since it was sent back");
            assertEquals("objective", sinceSentBack.get(0).getAttribute("data-field"));
            assertTrue(sinceSentBack.get(0).getText().contains(firstObjective), sinceSentBack.get(0).getText());
            assertTrue(sinceSentBack.get(0).getText().contains(fixedObjective), sinceSentBack.get(0).getText());
            assertTrue(reviewer.text(By.id("since-sent-back-section")).contains("reviewer sent it back"),
                    reviewer.text(By.id("since-sent-back-section")));
            checkPage(reviewerBrowser, "desk-review-since-sent-back");
            reviewer.type(By.id("comment"), approval);
            reviewer.clickAndWaitForPage(By.id("approve"));
            assertEquals(200, TestServer.get("/projects/rd-" + unique).statusCode());

            // the approval comment is kept: in the history, on the entry and in the reviewer's decisions
            reviewer.open("/desk/history?id=" + id);
            assertTrue(reviewer.text(By.id("steps-table")).contains(approval), reviewer.text(By.id("steps-table")));
            editor.open(entryPath);
            assertEquals(approval, editor.text(By.cssSelector("#approval-comment p")));
            reviewer.open("/desk");
            WebElement decisions = reviewer.find(By.id("decisions-table"));
            List<WebElement> mine = decisions.findElements(By.cssSelector("tr[data-slug='rd-" + unique + "']"));
            assertEquals(2, mine.size(), decisions.getText());
            assertTrue(mine.get(0).getText().contains("Approved") && mine.get(0).getText().contains(approval),
                    mine.get(0).getText());
            assertTrue(mine.get(1).getText().contains("Changes requested") && mine.get(1).getText().contains(request),
                    mine.get(1).getText());

            // unpublishing asks first, naming the entry; cancelled, nothing happens
            reviewer.open("/desk/history?id=" + id);
            assertEquals(title, reviewer.text(By.id("history-title")));
            WebElement dialog = openConfirmation(reviewer, By.id("unpublish"));
            assertTrue(dialog.getText().contains("“" + title + "” will be taken off the public site"), dialog.getText());
            checkPage(reviewerBrowser, "desk-confirm-unpublish");
            reviewer.find(By.id("confirmNo")).click();
            new WebDriverWait(reviewer.page(), Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(dialog));
            assertEquals(200, TestServer.get("/projects/rd-" + unique).statusCode(), "nothing was unpublished");

            // a mistaken restore is undone: the draft is discarded and the published revision stays
            editor.open("/desk/history?id=" + id);
            WebElement restore = editor.find(By.cssSelector("tr[data-revision='1'] .restore-button"));
            assertTrue(openConfirmation(editor, restore).getText().contains("Revision 1 of “" + title + "”"));
            editor.clickAndWaitForPage(By.id("confirmYes"));
            assertEquals("Draft", editor.text(By.id("entry-state")));
            editor.clickAndWaitForPage(By.id("discard-link"));
            WebElement discardDialog = openConfirmation(editor, By.id("discard"));
            assertTrue(discardDialog.getText().contains("The published version stays online"), discardDialog.getText());
            editor.clickAndWaitForPage(By.id("confirmYes"));
            assertTrue(editor.text(By.id("messages")).contains("was discarded"), editor.text(By.id("messages")));
            assertEquals("Discarded", editor.text(By.cssSelector("tr[data-revision='2'] .state-badge")));
            assertEquals("Published", editor.text(By.cssSelector("tr[data-revision='1'] .state-badge")));
            assertTrue(editor.text(By.id("steps-table")).contains("Draft discarded"));
            assertEquals(200, TestServer.get("/projects/rd-" + unique).statusCode(), "the published revision stays online");
        }
    }

    @Test
    void aNeverPublishedDraftIsDiscardedAfterAConfirmationMadeByKeyboard() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Discarded pilot " + unique;
        try (Browser browser = new Browser()) {
            DeskPages editor = new DeskPages(browser);
            editor.signIn("editor", "demo-editor");
            String entryPath = newEntry(editor, title, "To be discarded.", "dp-" + unique);
            String id = entryPath.replaceAll(".*id=", "");

            editor.open("/desk/history?id=" + id);
            assertEquals(title + " (the draft's title; nothing is public)", editor.text(By.id("history-title")));
            WebElement discard = editor.find(By.id("discard"));
            discard.sendKeys(Keys.ENTER);
            WebElement dialog = confirmationShown(editor);
            assertTrue(dialog.getText().contains("The draft of “" + title + "” (revision 1) will be discarded"),
                    dialog.getText());
            String role = dialog.getAttribute("role");
            assertTrue("dialog".equals(role) || "alertdialog".equals(role), role);
            String labelledBy = dialog.getAttribute("aria-labelledby");
            assertEquals("Discard the draft", editor.text(By.id(labelledBy)), "the dialog is named");
            assertTrue((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return arguments[0].contains(document.activeElement);", dialog), "the focus moved into the dialog");
            browser.screenshot("desk-confirm-discard", 360);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOf(dialog));
            assertEquals("Draft", editor.text(By.cssSelector("tr[data-revision='1'] .state-badge")), "Escape changes nothing");

            editor.find(By.id("discard")).sendKeys(Keys.ENTER); // at once: within PrimeFaces' 100 ms focus return
            confirmationShown(editor);
            // past the moment PrimeFaces gives the focus back to the closed dialog's opener: it stays
            // in the open dialog, on its first answer, so Enter answers rather than pressing Discard again
            KeyboardUser.pause(400);
            WebElement yes = editor.find(By.id("confirmYes"));
            assertEquals(yes, browser.driver().switchTo().activeElement(), "the focus stays in the open dialog");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(yes));
            assertEquals("Discarded", editor.text(By.cssSelector("tr[data-revision='1'] .state-badge")));
            assertTrue(editor.text(By.id("steps-table")).contains("Draft discarded"));

            // the entry has left the desk's lists and its search
            editor.open("/desk?q=" + unique);
            assertTrue(editor.find(By.id("main")).getText().contains("No entry matches"), editor.find(By.id("main")).getText());
            assertTrue(editor.page().findElements(By.cssSelector("[data-slug='dp-" + unique + "']")).isEmpty());
        }
    }

    @Test
    void aConflictWithOnesOwnOtherWindowSaysSoAndShowsTheStoredVersionsTime() {
        String title = "Own conflict pilot " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser first = new Browser(); Browser second = new Browser()) {
            DeskPages window = new DeskPages(first);
            DeskPages otherWindow = new DeskPages(second);
            window.signIn("editor", "demo-editor");
            otherWindow.signIn("editor", "demo-editor");
            window.open("/desk/entry");
            window.type(By.id("languages:title-en"), title);
            window.clickAndWaitForPage(By.id("save"));
            String entryPath = window.page().getCurrentUrl().substring(window.page().getCurrentUrl().indexOf("/desk/"));
            otherWindow.open(entryPath);

            window.type(By.id("languages:objective-en"), "Saved in the first window.");
            window.clickAjax(By.id("save"));
            String stored = window.text(By.cssSelector(".entry-status"));
            otherWindow.type(By.id("languages:objective-en"), "Typed in the second window.");
            otherWindow.clickAjax(By.id("save"));

            assertEquals("You saved this entry in another window", otherWindow.text(By.id("conflict-title")));
            assertTrue(otherWindow.text(By.cssSelector("#conflict p")).startsWith("You, in another window"),
                    otherWindow.text(By.id("conflict")));
            assertEquals(stored, otherWindow.text(By.cssSelector(".entry-status")),
                    "the status line shows the version now stored");
            assertEquals("Typed in the second window.",
                    otherWindow.find(By.id("languages:objective-en")).getAttribute("value"), "the input is kept");
            checkPage(second, "desk-conflict-own-window");
        }
    }

    @Test
    void aDeskAddressWithAnUnreadableIdIsNotFound() throws IOException {
        DeskClient admin = new DeskClient(TestServer.url(""));
        assertTrue(admin.signIn("admin", "demo-admin"));
        for (String path : new String[] {"/desk/history?id=abc", "/desk/review?id=abc", "/desk/entry?id=abc",
                "/desk/preview?id=1x", "/desk/organisation?id=abc", "/desk/region?id=abc", "/desk/history?id="}) {
            DeskClient.Page page = admin.get(path);
            assertEquals(404, page.status(), path);
            assertEquals("Page not found", page.document().select("h1").text(), path);
        }
    }

    // --- steps ---

    /** Writes a complete new entry as the signed-in editor and saves it; returns its desk address. */
    private static String newEntry(DeskPages editor, String title, String objective, String slug) {
        editor.open("/desk/entry");
        editor.type(By.id("languages:title-en"), title);
        editor.type(By.id("languages:objective-en"), objective);
        editor.type(By.id("slug"), slug);
        editor.choose(editor.find(By.cssSelector(".participation-row .organisation-picker")), UNDP);
        editor.month("startMonth", "01/2026");
        editor.month("endMonth", "12/2027");
        editor.tick(By.id("countries"), "Iceland");
        editor.clickAndWaitForPage(By.id("save"));
        assertEquals("Draft", editor.text(By.id("entry-state")));
        String url = editor.page().getCurrentUrl();
        return url.substring(url.indexOf("/desk/"));
    }

    private static WebElement openConfirmation(DeskPages person, By button) {
        return openConfirmation(person, person.find(button));
    }

    private static WebElement openConfirmation(DeskPages person, WebElement button) {
        ((JavascriptExecutor) person.page()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        return confirmationShown(person);
    }

    private static WebElement confirmationShown(DeskPages person) {
        return new WebDriverWait(person.page(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
    }

    /**
     * The page as it stands, at 1280 and 360 px: no axe violation (WCAG 2.2 A/AA), nothing wider
     * than the screen, and a screenshot of each.
     */
    private static void checkPage(Browser browser, String name) {
        for (int width : new int[] {1280, 360}) {
            browser.driver().manage().window().setSize(new Dimension(width, 1000));
            browser.screenshot(name, width);
            var found = Axe.violations(browser.driver());
            assertTrue(found.isEmpty(), () -> name + " at " + width + " px: " + found);
            Object wider = ((JavascriptExecutor) browser.driver()).executeScript("""
                    const width = window.innerWidth;
                    if (document.documentElement.scrollWidth <= width) { return null; }
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > width + 0.5)
                        .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');""");
            assertEquals(null, wider, name + " is wider than " + width + " px");
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }
}
