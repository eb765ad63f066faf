package org.projectdesk.web.desk;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.projectdesk.testsupport.Axe;
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
 * What keeps people and their work safe on the desk, in headless Chromium: two people saving the
 * same draft (the second is told, keeps their input and sees what differs), a refused sign-in, a
 * page their role does not allow (403), the desk's addresses closed to the anonymous public, and no
 * accessibility violation (axe, WCAG 2.2 A/AA) on any desk page in English, French or Russian, wide or on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskSafetyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theSecondOfTwoSavesOfTheSameDraftIsRefusedAndKeepsWhatWasTyped() {
        String title = "Workflow conflict pilot " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser first = new Browser(); Browser second = new Browser()) {
            DeskPages alice = new DeskPages(first);
            DeskPages bob = new DeskPages(second);
            alice.signIn("editor", "demo-editor");
            alice.open("/desk/entry");
            alice.type(By.id("languages:title-en"), title);
            alice.clickAndWaitForPage(By.id("save"));
            String entryPath = alice.page().getCurrentUrl().substring(alice.page().getCurrentUrl().indexOf("/desk/"));

            bob.signIn("admin", "demo-admin");
            bob.open(entryPath);
            alice.type(By.id("languages:objective-en"), "Alice's objective.");
            alice.clickAjax(By.id("save"));
            bob.type(By.id("languages:objective-en"), "Bob's objective.");
            bob.clickAjax(By.id("save"));

            WebElement conflict = bob.find(By.id("conflict"));
            assertTrue(conflict.getText().contains("editor saved a change"), conflict.getText());
            assertTrue(conflict.getText().contains("Alice's objective."), conflict.getText());
            assertEquals("Bob's objective.", bob.find(By.id("languages:objective-en")).getAttribute("value"),
                    "the refused input stays in the form");
            second.screenshot("desk-conflict", 1280);

            bob.clickAjax(By.id("takeTheirs"));
            assertEquals("Alice's objective.", bob.find(By.id("languages:objective-en")).getAttribute("value"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndARoleOnlyOpensItsPages() {
        try (Browser browser = new Browser()) {
            DeskPages person = new DeskPages(browser);
            person.signIn("reviewer", "not-the-password");
            assertTrue(person.text(By.id("messages")).contains("username or password is not right"),
                    person.text(By.id("messages")));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/login"));
            browser.screenshot("sign-in-refused", 1280);
            browser.screenshot("sign-in-refused", 360);

            person.signIn("editor", "demo-editor");
            person.open("/desk/accounts");
            assertEquals(msgForbidden(), person.text(By.tagName("h1")));
        }
    }

    @Test
    void anAdministratorOpensAnAccountWhichCanThenSignIn() {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser(); Browser newcomer = new Browser()) {
            DeskPages admin = new DeskPages(browser);
            admin.signIn("admin", "demo-admin");
            admin.open("/desk/accounts");
            admin.type(By.id("username"), username);
            admin.type(By.id("displayName"), "New Editor");
            admin.type(By.id("password"), "short");
            admin.clickAjax(By.id("open"));
            assertTrue(admin.text(By.cssSelector("#openAccount .field-error")).contains("at least 10 characters"));
            assertEquals(username, admin.find(By.id("username")).getAttribute("value"), "the input is kept");
            admin.type(By.id("password"), "a-long-enough-password");
            admin.clickAndWaitForPage(By.id("open"));
            assertTrue(admin.text(By.id("accounts-table")).contains(username));
            browser.screenshot("desk-accounts", 1280);

            DeskPages person = new DeskPages(newcomer);
            person.signIn(username, "a-long-enough-password");
            assertEquals(username, person.text(By.id("signed-in-user")));
        }
    }

    @Test
    void aStepAfterTheSessionEndedSaysSoAndKeepsWhatWasTyped() {
        try (Browser browser = new Browser()) {
            DeskPages editor = new DeskPages(browser);
            editor.signIn("editor", "demo-editor");
            editor.open("/desk/entry");
            editor.type(By.id("languages:title-en"), "Typed before the session ended");
            assertFalse(editor.find(By.id("session-ended")).isDisplayed());
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            editor.clickAjax(By.id("save"));
            WebElement notice = editor.find(By.id("session-ended"));
            assertTrue(notice.isDisplayed(), () -> "the notice is shown; at " + browser.driver().getCurrentUrl() + " log " + browser.driver().manage().logs().get("browser").getAll());
            assertTrue(notice.getText().contains("Your session has ended"), notice.getText());
            assertEquals("Typed before the session ended",
                    editor.find(By.id("languages:title-en")).getAttribute("value"), "the input stays on the page");
            browser.screenshot("desk-session-ended", 1280);
        }
    }

    @Test
    void theDeskPagesHaveNoSeriousAccessibilityViolationsInEveryLanguageAtBothWidths() {
        StringBuilder problems = new StringBuilder();
        for (String language : List.of("en", "fr", "ru")) {
            try (Browser browser = new Browser(language)) {
                DeskPages admin = new DeskPages(browser);
                admin.signIn("admin", "demo-admin");
                admin.open("/desk?q=mibma");
                assertEquals(language, admin.find(By.tagName("html")).getAttribute("lang"), "the browser's language");
                String entryPath = admin.find(By.cssSelector("#search-results a.entry-title")).getAttribute("href");
                String id = entryPath.substring(entryPath.indexOf("id=") + 3);
                admin.open("/desk/organisations");
                String organisation = deskPath(admin.find(By.cssSelector("#organisations-table a")).getAttribute("href"));
                admin.open("/desk/regions");
                String region = deskPath(admin.find(By.cssSelector("#regions-table a")).getAttribute("href"));
                for (int width : new int[] {1280, 360}) {
                    browser.driver().manage().window().setSize(new Dimension(width, 1000));
                    sweep(admin, language + " " + width + " px admin", problems, "/desk", "/desk?q=mibma",
                            "/desk/entry", "/desk/entry?id=" + id, "/desk/review?id=" + id, "/desk/history?id=" + id,
                            "/desk/preview?id=" + id, "/desk/schedule?id=" + id, "/desk/queue", "/desk/bulk",
                            "/desk/notices", "/desk/audit", "/desk/accounts", "/desk/account?username=editor",
                            "/desk/import", "/desk/opendata", "/desk/organisations", organisation, "/desk/regions", region);
                    admin.open("/desk/import");
                    DeskFormsBrowserIT.upload(admin, DeskFormsBrowserIT.file("axe-report-" + language + ".json",
                            DeskFormsBrowserIT.reportFile(UUID.randomUUID().toString().substring(0, 6))));
                    admin.find(By.id("import-errors"));
                    axeViolations(admin, language + " " + width + " px admin the import report", problems);
                }
            }
            try (Browser browser = new Browser(language)) {
                DeskPages editor = new DeskPages(browser);
                editor.signIn("editor", "demo-editor");
                for (int width : new int[] {1280, 360}) {
                    browser.driver().manage().window().setSize(new Dimension(width, 1000));
                    sweep(editor, language + " " + width + " px editor", problems, "/desk", "/desk/entry", "/desk/notices");
                }
            }
        }
        assertTrue(problems.isEmpty(), problems::toString);
    }

    private static void sweep(DeskPages person, String who, StringBuilder problems, String... paths) {
        for (String path : paths) {
            person.open(path);
            person.find(By.tagName("h1"));
            axeViolations(person, who + " " + path, problems);
        }
    }

    private static void axeViolations(DeskPages person, String where, StringBuilder problems) {
        var found = Axe.violations(person.page());
        if (!found.isEmpty()) {
            problems.append(where).append(": ").append(found).append('\n');
        }
    }

    private static String deskPath(String address) {
        return address.substring(address.indexOf("/desk/"));
    }

    @Test
    void anAddressThatNamesNoEntryOrAccountIsNotFound() {
        try (Browser browser = new Browser()) {
            DeskPages admin = new DeskPages(browser);
            admin.signIn("admin", "demo-admin");
            for (String path : new String[] {"/desk/entry?id=987654", "/desk/review?id=987654", "/desk/review",
                    "/desk/history?id=987654", "/desk/preview?id=987654", "/desk/account?username=nobody-here"}) {
                admin.open(path);
                assertEquals("Page not found", admin.text(By.tagName("h1")), path);
            }
        }
    }

    @Test
    void theDeskIsClosedToTheAnonymousPublic() {
        for (String path : new String[] {"/desk", "/desk/entry", "/desk/queue", "/desk/accounts", "/desk/review?id=1"}) {
            HttpResponse<String> response = TestServer.get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login"), path);
        }
        HttpResponse<String> login = TestServer.get("/login");
        assertEquals(200, login.statusCode());
        assertTrue(login.headers().allValues("Set-Cookie").isEmpty(), () -> "the sign-in page set " + login.headers());
    }

    private static String msgForbidden() {
        return "Not allowed";
    }
}
