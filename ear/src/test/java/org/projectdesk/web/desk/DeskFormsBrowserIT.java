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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's forms as people meet them, in headless Chromium: every desk page fits a 360 px phone,
 * the desk speaks the browser's language until the person chooses one (kept on the account), the
 * import report names entries and fields as the form does and words its messages in the reader's
 * language, text that looks like HTML is a warning (not a refusal), and an editor adds a missing
 * organisation from the entry form after being offered the close one that exists.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskFormsBrowserIT {

    private static final String MARKUP_TITLE = "<script>alert(1)</script> Test Project";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static Path file(String name, String text) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "it-uploads"));
            return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void upload(DeskPages person, Path file) {
        person.find(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
        person.clickAndWaitForPage(By.id("check"));
    }

    /** The page is as wide as the window at most: nothing scrolls sideways. */
    private static long overflow(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    /** An import file of one entry with a wrong country, a missing month and a title that looks like HTML. */
    static String reportFile(String unique) {
        return """
                {
                  "entries": [
                    {
                      "slug": "it-forms-%1$s",
                      "title": "%2$s",
                      "countries": ["AM", "XX"],
                      "duration": {"start": "2026-01"}
                    }
                  ]
                }
                """.formatted(unique, MARKUP_TITLE.replace("\"", "\\\""));
    }

    @Test
    void everyDeskPageFitsAPhoneAndAWideScreen() {
        try (Browser browser = new Browser()) {
            DeskPages admin = new DeskPages(browser);
            admin.signIn("admin", "demo-admin");
            admin.open("/desk?q=mibma");
            String entry = admin.find(By.cssSelector("#search-results a.entry-title")).getAttribute("href");
            String id = entry.substring(entry.indexOf("id=") + 3);
            admin.open("/desk/organisations");
            String organisation = admin.find(By.cssSelector("#organisations-table a")).getAttribute("href");
            admin.open("/desk/regions");
            String region = admin.find(By.cssSelector("#regions-table a")).getAttribute("href");
            StringBuilder wide = new StringBuilder();
            for (int width : new int[] {360, 1280}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                for (String path : List.of("/desk", "/desk?q=mibma", "/desk/entry", "/desk/entry?id=" + id,
                        "/desk/history?id=" + id, "/desk/preview?id=" + id, "/desk/queue", "/desk/accounts",
                        "/desk/account?username=editor", "/desk/import", "/desk/opendata", "/desk/organisations",
                        organisation.substring(organisation.indexOf("/desk/")), "/desk/regions",
                        region.substring(region.indexOf("/desk/")))) {
                    admin.open(path);
                    admin.find(By.tagName("h1"));
                    long overflow = overflow(browser);
                    if (overflow > 0) {
                        wide.append(path).append(" at ").append(width).append(" px: ").append(overflow)
                                .append(" px too wide\n");
                    }
                }
                admin.open("/desk/import");
                upload(admin, file("phone-report.json", reportFile(UUID.randomUUID().toString().substring(0, 6))));
                if (overflow(browser) > 0) {
                    wide.append("the import report at ").append(width).append(" px\n");
                }
            }
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
            assertTrue(wide.isEmpty(), wide::toString);
        }
    }

    @Test
    void theDeskFollowsTheBrowsersLanguageUntilThePersonChoosesOneWhichTheAccountKeeps() {
        String username = "it-lang-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser adminBrowser = new Browser()) {
            DeskPages admin = new DeskPages(adminBrowser);
            admin.signIn("admin", "demo-admin");
            admin.open("/desk/accounts");
            admin.type(By.id("username"), username);
            admin.type(By.id("displayName"), "Polyglot Editor");
            admin.type(By.id("password"), "a-long-enough-password");
            adminBrowser.driver().findElements(By.cssSelector("#roles label")).stream()
                    .filter(label -> label.getText().equals("Editor") || label.getText().equals("Administrator"))
                    .forEach(WebElement::click);
            admin.clickAndWaitForPage(By.id("open"));
            assertTrue(admin.text(By.id("accounts-table")).contains(username));
        }
        try (Browser french = new Browser("fr")) {
            DeskPages person = new DeskPages(french);
            person.signIn(username, "a-long-enough-password");
            person.open("/desk/import");
            assertEquals("fr", person.find(By.tagName("html")).getAttribute("lang"), "the browser's language");
            assertEquals("Importer des projets", person.text(By.tagName("h1")));
            upload(person, file("rapport.json", reportFile(UUID.randomUUID().toString().substring(0, 6))));
            WebElement country = person.find(By.cssSelector("#import-errors tr[data-rule='country.unknown']"));
            assertTrue(country.getText().contains("n’est pas un code de pays"), country.getText());
            assertTrue(country.getText().contains("Pays, n° 2"), country.getText());
            french.screenshot("desk-import-report-fr", 360);
            assertEquals(List.of(), Axe.violations(french.driver()), "the French import report");

            person.clickAndWaitForPage(By.cssSelector("#languageForm [data-language='ru']"));
            assertEquals("ru", person.find(By.tagName("html")).getAttribute("lang"));
            assertTrue(person.page().getCurrentUrl().endsWith("/desk/import"), person.page().getCurrentUrl());
            assertEquals("true", person.find(By.cssSelector("#languageForm [data-language='ru']")).getAttribute("aria-pressed"));
            for (String path : List.of("/desk/import", "/desk/entry", "/desk/organisations")) {
                person.open(path);
                person.find(By.tagName("h1"));
                assertEquals("ru", person.find(By.tagName("html")).getAttribute("lang"), path);
                assertEquals(List.of(), Axe.violations(french.driver()), "in Russian: " + path);
            }
            french.screenshot("desk-entry-ru", 360);
        }
        try (Browser again = new Browser("fr")) {
            DeskPages person = new DeskPages(again);
            person.signIn(username, "a-long-enough-password");
            person.open("/desk/entry");
            assertEquals("ru", person.find(By.tagName("html")).getAttribute("lang"), "the account keeps the choice");
            person.open("/desk/import");
            person.clickAndWaitForPage(By.cssSelector("#languageForm [data-language='en']"));
            assertEquals("en", person.find(By.tagName("html")).getAttribute("lang"));
            assertEquals(List.of(), Axe.violations(again.driver()), "in English");
        }
    }

    @Test
    void theImportReportNamesEntriesAndFieldsAsTheFormDoesAndWarnsOfMarkup() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            DeskPages editor = new DeskPages(browser);
            editor.signIn("editor", "demo-editor");
            editor.open("/desk/import");
            upload(editor, file("report-" + unique + ".json", reportFile(unique)));

            WebElement country = editor.find(By.cssSelector("#import-errors tr[data-rule='country.unknown']"));
            List<WebElement> cells = country.findElements(By.tagName("td"));
            assertTrue(cells.get(0).getText().contains(MARKUP_TITLE + " (it-forms-" + unique + ")"), cells.get(0).getText());
            assertEquals("Countries, no. 2", cells.get(1).getText().replaceFirst("^Field: ", ""));
            String message = cells.get(3).getText();
            assertTrue(message.contains("\"XX\" is not a country code ProjectDesk knows"), message);
            assertFalse(message.contains("AM for Armenia"), "Armenia is in the list already: " + message);

            WebElement month = editor.find(By.cssSelector("#import-errors tr[data-rule='duration.monthMissing']"));
            assertTrue(month.getText().contains("End month"), month.getText());
            WebElement markup = editor.find(By.cssSelector("#import-warnings tr[data-rule='text.looksLikeMarkup']"));
            assertTrue(markup.getText().contains("Title"), markup.getText());
            assertTrue(markup.getText().contains("shown as plain text"), markup.getText());
            assertFalse(editor.text(By.id("report")).contains("thematicArea"), "no code names");

            browser.driver().manage().window().setSize(new Dimension(360, 900));
            String before = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return getComputedStyle(arguments[0], '::before').content", cells.get(1));
            assertTrue(before.contains("Field"), "a stacked row keeps its column label: " + before);
            browser.screenshot("desk-import-report-stacked", 360);
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
            assertEquals(List.of(), Axe.violations(browser.driver()), "the report");
        }
    }

    @Test
    void anEditorIsWarnedOfMarkupAndAddsAMissingOrganisationAfterBeingOfferedTheCloseOne() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String name = "Quorra Relief Foundation " + unique;
        try (Browser browser = new Browser()) {
            DeskPages editor = new DeskPages(browser);
            editor.signIn("editor", "demo-editor");
            editor.open("/desk/entry");
            editor.type(By.id("languages:title-en"), MARKUP_TITLE + " " + unique);
            editor.clickAndWaitForPage(By.id("save"));
            WebElement warning = editor.find(By.cssSelector(".field-warning[data-field='title-en']"));
            assertTrue(warning.getText().contains("<script>"), warning.getText());
            assertTrue(warning.getText().contains("shown as plain text"), warning.getText());
            assertEquals(MARKUP_TITLE + " " + unique, editor.find(By.id("languages:title-en")).getAttribute("value"),
                    "a warning, not a refusal: the title is kept");

            editor.type(By.id("new-organisation-name-en"), "International Centre for Migration Policy Developement");
            editor.clickAjax(By.id("addNewOrganisation"));
            WebElement resembling = editor.find(By.id("resembling"));
            assertTrue(resembling.getText().contains("International Centre for Migration Policy Development"),
                    resembling.getText());
            browser.screenshot("desk-entry-resembling", 360);
            assertEquals(List.of(), Axe.violations(browser.driver()), "the form with the offer");
            resembling.findElement(By.cssSelector("li[data-slug='icmpd'] button")).click();
            editor.waitForAjax();
            assertTrue(editor.page().findElements(By.id("resembling")).isEmpty());
            assertTrue(editor.text(By.cssSelector("[data-list='participations']"))
                    .contains("International Centre for Migration Policy Development"));

            editor.type(By.id("new-organisation-name-en"), name);
            editor.type(By.id("new-organisation-acronym"), "QRF" + unique);
            new Select(editor.find(By.id("new-organisation-kind"))).selectByVisibleText("Non-governmental organisation");
            editor.type(By.id("new-organisation-website"), "https://quorra.example.org");
            editor.clickAjax(By.id("addNewOrganisation"));
            assertTrue(editor.text(By.id("messages")).contains(name + " was added"), editor.text(By.id("messages")));
            assertTrue(editor.text(By.cssSelector("[data-list='participations']")).contains(name));
            editor.clickAjax(By.id("save"));
            assertTrue(editor.text(By.id("messages")).contains("saved"), editor.text(By.id("messages")));
            editor.open(editor.page().getCurrentUrl().substring(editor.page().getCurrentUrl().indexOf("/desk/")));
            assertTrue(editor.text(By.cssSelector("[data-list='participations']")).contains(name), "the entry names it");
        }
    }
}
