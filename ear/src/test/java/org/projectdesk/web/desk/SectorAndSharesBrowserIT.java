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
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.TestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An entry imported with its own DAC sector and a 70/30 split over its two countries keeps both
 * through the desk in headless Chromium: the editor sees them in the form, has a split that does
 * not add up refused next to the field, saves and submits; the reviewer approves; the public page,
 * the API and the IATI file show the sector and the split.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SectorAndSharesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anImportedSectorAndSplitSurviveTheDeskAndReachEveryPublicPath() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String slug = "it-shares-" + unique;
        String title = "Shared border pilot " + unique;
        String file = """
                {
                  "slug": "%1$s",
                  "title": "%2$s",
                  "objective": "To share a border pilot between two countries.",
                  "duration": {"start": "2026-01", "end": "2027-06"},
                  "countries": [{"code": "IS", "percentage": 70}, {"code": "LI", "percentage": 30}],
                  "leadImplementer": {"name": "UNDP"},
                  "sector": "15110"
                }
                """.formatted(slug, title);

        try (Browser editorBrowser = new Browser(); Browser reviewerBrowser = new Browser()) {
            DeskPages editor = new DeskPages(editorBrowser);
            DeskPages reviewer = new DeskPages(reviewerBrowser);

            // the editor imports the entry as a draft and opens it
            editor.signIn("editor", "demo-editor");
            editor.open("/desk/import");
            editor.find(By.id("file")).sendKeys(upload("shares-" + unique + ".json", file).toString());
            editor.clickAndWaitForPage(By.id("check"));
            editor.clickAjax(By.id("import"));
            editor.find(By.id("imported-table")).findElement(By.linkText(title)).click();
            assertEquals("Draft", editor.text(By.id("entry-state")));

            // the form shows the sector and the split
            assertEquals("15110", editor.find(By.id("sector")).getAttribute("value"));
            assertEquals("70", share(editor, "IS").getAttribute("value"));
            assertEquals("30", share(editor, "LI").getAttribute("value"));
            editorBrowser.screenshot("desk-entry-shares", 1280);

            // a split that does not add up is refused next to the field, and the input is kept
            editor.type(shareLocator("IS"), "60");
            editor.clickAjax(By.id("save"));
            assertTrue(editor.text(By.cssSelector(".field-error[data-field='countryShares']")).contains("90"),
                    editor.text(By.cssSelector(".field-error[data-field='countryShares']")));
            assertEquals("60", share(editor, "IS").getAttribute("value"));

            // corrected, saved with another change, and submitted
            editor.type(shareLocator("IS"), "70");
            editor.type(By.id("languages:objective-en"), "To share a border pilot between Iceland and Liechtenstein.");
            editor.clickAjax(By.id("save"));
            assertTrue(editor.page().findElements(By.cssSelector(".field-error")).isEmpty(),
                    editor.text(By.id("entry")));
            editor.clickAndWaitForPage(By.id("submit"));
            assertEquals("In review", editor.text(By.id("entry-state")));

            // the reviewer approves
            reviewer.signIn("reviewer", "demo-reviewer");
            reviewer.open("/desk/queue");
            reviewer.find(By.linkText(title)).click();
            reviewer.clickAndWaitForPage(By.id("approve"));
        }

        HttpResponse<String> page = TestServer.get("/projects/" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<span class=\"sector-code\">15110</span>"), page.body());
        assertTrue(page.body().matches("(?s).*data-country=\"IS\">\\(70(\u00a0|&nbsp;|&#160;)%\\).*"), page.body());
        assertTrue(page.body().matches("(?s).*data-country=\"LI\">\\(30(\u00a0|&nbsp;|&#160;)%\\).*"), page.body());

        JsonNode project = new ObjectMapper().readTree(TestServer.get("/api/v1/projects/" + slug).body());
        assertEquals("15110", project.get("sector").asText());
        assertEquals(List.of("IS", "LI"), List.of(project.get("countries").get(0).get("code").asText(),
                project.get("countries").get(1).get("code").asText()));
        assertEquals(0, new BigDecimal("70").compareTo(project.get("countries").get(0).get("percentage").decimalValue()));
        assertEquals(0, new BigDecimal("30").compareTo(project.get("countries").get(1).get("percentage").decimalValue()));

        String iati = TestServer.get("/iati/activities/" + slug + ".xml").body();
        assertTrue(iati.contains("<sector vocabulary=\"1\" code=\"15110\""), iati);
        assertTrue(iati.contains("<recipient-country code=\"IS\" percentage=\"70.00\""), iati);
        assertTrue(iati.contains("<recipient-country code=\"LI\" percentage=\"30.00\""), iati);
    }

    private static By shareLocator(String country) {
        return By.cssSelector(".share-row[data-country='" + country + "'] input");
    }

    private static org.openqa.selenium.WebElement share(DeskPages page, String country) {
        return page.find(shareLocator(country));
    }

    private static Path upload(String name, String content) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "it-uploads"));
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
