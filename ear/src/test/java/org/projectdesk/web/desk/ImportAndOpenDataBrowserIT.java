package org.projectdesk.web.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.SharedFiles;
import org.projectdesk.testsupport.TestServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open-data screens in headless Chromium: an editor uploads a file with mistakes and sees the
 * report (nothing saved), then a correct one naming an unknown organisation, agrees to create it
 * and gets drafts; files too large or not text get a clear message; an administrator changes the
 * IATI settings (refused values next to their field, a concurrent change told and kept) and
 * downloads the export of every entry.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportAndOpenDataBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static Path file(String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "it-uploads"));
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void upload(DeskPages editor, Path file) {
        editor.find(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
        editor.clickAndWaitForPage(By.id("check"));
    }

    private static Set<String> rules(DeskPages page, String tableId) {
        return page.page().findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(row -> row.getAttribute("data-rule")).collect(Collectors.toSet());
    }

    @Test
    void aFileWithMistakesIsReportedAndNothingIsSavedThenACorrectFileBecomesDrafts() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String mistakes = """
                {
                  "entries": [
                    {
                      "slug": "it-upload-country-%1$s",
                      "title": "Unknown country",
                      "countries": ["AM", "XX"]
                    },
                    {
                      "slug": "it-upload-dates-%1$s",
                      "title": "End before start",
                      "duration": {"start": "2018-05", "end": "2017-01"}
                    },
                    {
                      "slug": "mibma",
                      "title": {"fr": "Sans titre anglais"}
                    }
                  ]
                }
                """.formatted(unique);
        String fund = "Upload Test Fund " + unique;
        String correct = """
                {
                  "entries": [
                    {
                      "slug": "it-upload-one-%1$s",
                      "title": {"en": "Uploaded pilot one", "fr": "Projet pilote un"},
                      "objective": "To try the upload.",
                      "duration": {"start": "2026-01", "end": "2027-06"},
                      "countries": ["AM", "GE"],
                      "leadImplementer": {"name": "ICMPD"},
                      "donors": [{"organisation": {"name": "%2$s"}}]
                    },
                    {
                      "slug": "it-upload-two-%1$s",
                      "title": "Uploaded pilot two",
                      "countries": ["MD"]
                    }
                  ]
                }
                """.formatted(unique, fund);
        try (Browser browser = new Browser()) {
            DeskPages editor = new DeskPages(browser);
            editor.signIn("editor", "demo-editor");
            editor.find(By.cssSelector("a.nav-import")).click();
            assertEquals("Import projects", editor.text(By.tagName("h1")));

            editor.clickAndWaitForPage(By.id("check"));
            assertTrue(editor.text(By.cssSelector("#upload .field-error[data-field='file']")).contains("Choose a file"));

            upload(editor, file("mistakes-" + unique + ".json", mistakes));
            int errorRows = editor.page().findElements(By.cssSelector("#import-errors tbody tr")).size();
            assertTrue(editor.text(By.id("report-summary")).contains("3 entries, " + errorRows + " errors"),
                    editor.text(By.id("report-summary")));
            assertTrue(editor.text(By.id("nothing-written")).startsWith("Nothing has been saved"));
            assertTrue(rules(editor, "import-errors").containsAll(
                            Set.of("country.unknown", "duration.endBeforeStart", "slug.taken", "text.englishMissing")),
                    editor.text(By.id("import-errors")));
            WebElement unknownCountry = editor.find(By.cssSelector("#import-errors tr[data-rule='country.unknown']"));
            assertTrue(unknownCountry.getText().contains("Countries, no. 2"), unknownCountry.getText());
            assertTrue(unknownCountry.getText().contains("it-upload-country-" + unique), unknownCountry.getText());
            assertEquals("6", unknownCountry.findElements(By.tagName("td")).get(2).getText(), "the line naming the country");
            assertTrue(editor.page().findElements(By.id("import")).isEmpty(), "no import button while there are errors");
            browser.screenshot("desk-import-report", 1280);
            browser.screenshot("desk-import-report", 360);
            assertEquals(List.of(), Axe.violations(browser.driver()), "accessibility problems on the report");
            assertEquals(404, TestServer.get("/api/v1/projects/it-upload-dates-" + unique).statusCode());

            upload(editor, file("correct-" + unique + ".json", correct));
            assertTrue(editor.text(By.id("new-organisations")).contains(fund));
            assertEquals(Set.of("organisation.unknown"), rules(editor, "import-errors"));
            editor.find(By.cssSelector("#createOrganisations .ui-chkbox-box")).click();
            editor.waitForAjax();
            assertTrue(editor.page().findElements(By.id("import-errors")).isEmpty(), editor.text(By.id("report")));
            assertTrue(editor.text(By.id("report-summary")).contains("2 entries, no errors"), editor.text(By.id("report-summary")));
            editor.clickAjax(By.id("import"));
            assertTrue(editor.text(By.id("messages")).contains("2 entries were imported as drafts"), editor.text(By.id("messages")));
            WebElement imported = editor.find(By.id("imported-table"));
            assertTrue(imported.getText().contains("Uploaded pilot one"), imported.getText());
            assertTrue(imported.getText().contains("Uploaded pilot two"), imported.getText());
            assertEquals(List.of("Draft", "Draft"), imported.findElements(By.cssSelector(".state-badge")).stream()
                    .map(WebElement::getText).toList());
            browser.screenshot("desk-import-done", 1280);
            assertEquals(404, TestServer.get("/projects/it-upload-one-" + unique).statusCode(), "an import publishes nothing");

            imported.findElement(By.linkText("Uploaded pilot one")).click();
            assertEquals("Draft", editor.text(By.id("entry-state")));
            assertEquals("it-upload-one-" + unique, editor.text(By.id("slug-value")));
        }
    }

    @Test
    void theLegacyPageIsReadWithItsWarningsAndItsProjectsAreNotImportedTwice() {
        try (Browser browser = new Browser()) {
            DeskPages editor = new DeskPages(browser);
            editor.signIn("editor", "demo-editor");
            editor.open("/desk/import");
            upload(editor, SharedFiles.seedPage());
            String summary = editor.text(By.id("report-summary"));
            assertTrue(summary.contains("read as a legacy projects page: 7 entries"), summary);
            assertEquals(Set.of("slug.taken"), rules(editor, "import-errors"), "the seed projects exist already");
            List<String> warnings = editor.page().findElements(By.cssSelector("#import-warnings tbody tr")).stream()
                    .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList().subList(1, 3)
                            .toString())
                    .toList();
            assertTrue(warnings.contains("[Duration, 142]"), "the missing dash in section 7, line 142: " + warnings);
            assertTrue(editor.page().findElements(By.id("import")).isEmpty(), "nothing can be imported twice");
        }
    }

    @Test
    void filesTooLargeOrNotTextAreRefusedWithAClearMessage() throws Exception {
        byte[] tooLarge = new byte[3 * 1024 * 1024];
        Arrays.fill(tooLarge, (byte) ' ');
        tooLarge[0] = '{';
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        try (Browser browser = new Browser()) {
            DeskPages editor = new DeskPages(browser);
            editor.signIn("editor", "demo-editor");
            editor.open("/desk/import");

            // the browser refuses the file at once, before sending it
            editor.find(By.id("file")).sendKeys(file("three-megabytes.json", tooLarge).toAbsolutePath().toString());
            String message = editor.text(By.id("file-too-large"));
            assertEquals("The chosen file has 3.0 MB, but at most 2 MB can be imported at once. Split it into smaller files.",
                    message);
            assertEquals("", editor.find(By.id("file")).getAttribute("value"), "the choice is cleared");
            browser.screenshot("desk-import-too-large", 1280);

            upload(editor, file("picture.png", binary));
            assertTrue(editor.text(By.id("import-errors")).contains("This is not a text file"), editor.text(By.id("import-errors")));
            assertTrue(editor.text(By.id("report-summary")).contains("read as an unreadable file"));
            assertTrue(editor.page().findElements(By.id("import")).isEmpty());

            // without the browser's check, the server says the same: read and refused (3 MB) ...
            String session = "JSESSIONID=" + editor.page().manage().getCookieNamed("JSESSIONID").getValue();
            editor.open("/desk/import");
            String viewState = editor.find(By.cssSelector("#upload input[name='jakarta.faces.ViewState']")).getAttribute("value");
            String nonce = editor.find(By.cssSelector("#upload input[name='primefaces.nonce']")).getAttribute("value");
            HttpResponse<String> read = postUpload(session, viewState, nonce, tooLarge);
            assertEquals(200, read.statusCode());
            assertTrue(read.body().contains("The file has 3,145,728 bytes, but at most 2,097,152 bytes can be imported at once."),
                    read.body());
            // ... or, above 8 MiB, turned away before the page parses it and sent back to the page, which
            // says why; every time: the body is read to its end first, so the connection stays open (one
            // closed with the body unread is reset, and the reset can arrive before the answer)
            HttpResponse<String> refused = null;
            for (int attempt = 1; attempt <= 5; attempt++) {
                refused = postUpload(session, viewState, nonce, new byte[9 * 1024 * 1024]);
                assertEquals(302, refused.statusCode(), "attempt " + attempt);
                assertEquals(Optional.empty(), refused.headers().firstValue("Connection").filter("close"::equalsIgnoreCase),
                        "the refused body was read, the connection is kept");
            }
            String location = refused.headers().firstValue("Location").orElseThrow();
            assertTrue(location.contains("/desk/import?refused=94"), location);
            editor.open(location.substring(location.indexOf("/desk/")));
            message = editor.text(By.cssSelector("#upload .field-error[data-field='file']"));
            assertTrue(message.startsWith("The file has 9,43") && message.contains("at most 2,097,152 bytes"), message);
        }
    }

    /** Posts the upload form as a browser without script would (every field of the form), with the person's session. */
    private static HttpResponse<String> postUpload(String session, String viewState, String nonce, byte[] content)
            throws Exception {
        String boundary = "----projectdesk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"upload", "upload"}, {"check", "Check"}, {"jakarta.faces.ViewState", viewState},
                {"primefaces.nonce", nonce}}) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.url("/desk/import")))
                .header("Cookie", session)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAdministratorChangesTheIatiSettingsAndDownloadsTheExportOfEveryEntry() throws Exception {
        try (Browser first = new Browser(); Browser second = new Browser()) {
            DeskPages admin = new DeskPages(first);
            DeskPages other = new DeskPages(second);
            admin.signIn("admin", "demo-admin");
            admin.find(By.cssSelector("a.nav-opendata")).click();
            assertEquals("Open data", admin.text(By.tagName("h1")));
            String originalRef = admin.find(By.id("reportingOrgRef")).getAttribute("value");
            String originalName = admin.find(By.id("reportingOrgName-en")).getAttribute("value");
            try {
                admin.type(By.id("reportingOrgRef"), "XM DAC 41116");
                admin.type(By.id("defaultSector"), "1519");
                admin.clickAjax(By.id("saveIati"));
                assertTrue(admin.text(By.cssSelector(".field-error[data-field='reportingOrgRef']")).contains("not an IATI organisation identifier"));
                assertEquals("1519", admin.find(By.id("defaultSector")).getAttribute("value"), "the input is kept");
                first.screenshot("desk-opendata-refused", 1280);

                admin.type(By.id("reportingOrgRef"), "XM-DAC-41116");
                admin.type(By.id("defaultSector"), "15130");
                admin.type(By.id("reportingOrgName-fr"), "Organisation déclarante");
                admin.clickAjax(By.id("saveIati"));
                assertTrue(admin.text(By.id("messages")).contains("IATI settings were saved"), admin.text(By.id("messages")));
                String xml = TestServer.get("/iati/activities.xml").body();
                assertTrue(xml.contains("<reporting-org ref=\"XM-DAC-41116\""), xml.substring(0, Math.min(800, xml.length())));

                // a second administrator had the page open before that save
                other.signIn("admin", "demo-admin");
                other.open("/desk/opendata");
                admin.type(By.id("reportingOrgName-en"), "Renamed by the first");
                admin.clickAjax(By.id("saveIati"));
                other.type(By.id("reportingOrgName-en"), "Renamed by the second");
                other.clickAjax(By.id("saveIati"));
                assertTrue(other.text(By.id("conflict")).contains("Renamed by the first"), other.text(By.id("conflict")));
                assertEquals("Renamed by the second", other.find(By.id("reportingOrgName-en")).getAttribute("value"));
                second.screenshot("desk-opendata-conflict", 1280);
                assertEquals(List.of(), Axe.violations(second.driver()), "accessibility problems");
                other.clickAjax(By.id("saveIati"));
                assertTrue(other.text(By.id("messages")).contains("IATI settings were saved"));
            } finally {
                admin.open("/desk/opendata");
                admin.type(By.id("reportingOrgRef"), originalRef);
                admin.type(By.id("defaultSector"), "15190");
                admin.type(By.id("reportingOrgName-en"), originalName);
                admin.type(By.id("reportingOrgName-fr"), "");
                admin.clickAjax(By.id("saveIati"));
                assertTrue(admin.text(By.id("messages")).contains("IATI settings were saved"));
            }

            HttpResponse<String> download = submit(admin, "export", "downloadExport");
            assertEquals(200, download.statusCode());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("projectdesk-entries-"),
                    download.headers().toString());
            JsonNode export = new ObjectMapper().readTree(download.body());
            assertEquals("projectdesk-entries", export.path("format").asText());
            Set<String> slugs = new java.util.HashSet<>();
            export.path("entries").forEach(entry -> slugs.add(entry.path("slug").asText()));
            assertTrue(slugs.contains("mibma"), slugs.toString());
            assertTrue(slugs.size() >= 7, slugs.toString());
            assertFalse(export.path("organisations").isEmpty());
        }
    }

    @Test
    void theScreensAreOnlyForTheirRoles() {
        try (Browser browser = new Browser()) {
            DeskPages reviewer = new DeskPages(browser);
            reviewer.signIn("reviewer", "demo-reviewer");
            assertTrue(reviewer.page().findElements(By.cssSelector("a.nav-import")).isEmpty());
            reviewer.open("/desk/import");
            assertEquals("Not allowed", reviewer.text(By.tagName("h1")));
            reviewer.open("/desk/opendata");
            assertEquals("Not allowed", reviewer.text(By.tagName("h1")));
        }
        for (String path : new String[] {"/desk/import", "/desk/opendata"}) {
            assertEquals(302, TestServer.get(path).statusCode(), path);
        }
    }

    /** Submits a form of the page the person has open with their session, as the button would. */
    private static HttpResponse<String> submit(DeskPages person, String formId, String buttonId) throws Exception {
        String viewState = person.find(By.cssSelector("#" + formId + " input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        String cookie = "JSESSIONID=" + person.page().manage().getCookieNamed("JSESSIONID").getValue();
        String body = formId + "=" + formId + "&" + buttonId + "=x&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.url("/desk/opendata")))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
