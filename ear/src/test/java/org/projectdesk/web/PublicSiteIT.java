package org.projectdesk.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.TestServer;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public site over HTTP: languages and their alternates, conditional requests, the factsheet's
 * text, the Atom feed read by Rome, the site map, robots.txt, structured data, 404s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static HttpResponse<byte[]> bytes(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(TestServer.url(path))).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachLanguageHasItsAddressLangAndAlternates() {
        for (String language : List.of("en", "fr", "ru")) {
            String prefix = language.equals("en") ? "" : "/" + language;
            String body = TestServer.get(prefix + "/projects/mibma").body();
            assertTrue(body.matches("(?s)<!DOCTYPE html>\\s*<html[^>]* lang=\"" + language + "\".*"), language);
            assertTrue(body.contains("<link rel=\"canonical\" href=\"" + TestServer.url(prefix + "/projects/mibma") + "\""), body);
            assertTrue(body.contains("hreflang=\"fr\" href=\"" + TestServer.url("/fr/projects/mibma") + "\""));
            assertTrue(body.contains("hreflang=\"ru\" href=\"" + TestServer.url("/ru/projects/mibma") + "\""));
            assertTrue(body.contains("hreflang=\"x-default\" href=\"" + TestServer.url("/projects/mibma") + "\""));
            assertTrue(body.contains("<meta property=\"og:title\" content=\"Support to Migration and Border Management in Armenia\""));
            String json = "/api/v1/projects/mibma" + (language.equals("en") ? "" : "?lang=" + language);
            assertTrue(body.contains("href=\"" + json + "\" type=\"application/json\""), body);
            assertTrue(body.contains("href=\"/iati/activities/mibma.xml\" type=\"application/xml\""), body);
            assertEquals(language, TestServer.get(json).headers().firstValue("Content-Language").orElse(""), json);
            assertEquals(200, TestServer.get("/iati/activities/mibma.xml").statusCode());
        }
    }

    @Test
    void interfaceDatesAndCountriesAreInTheReadersLanguageAndUntranslatedContentIsMarked() {
        String french = TestServer.get("/fr/projects/mibma").body();
        assertTrue(french.contains("janvier 2016 – décembre 2018"), french);
        assertTrue(french.contains(">Arménie<"));
        assertTrue(french.contains("Bailleurs de fonds"));
        assertTrue(french.contains("ne sont pas encore disponibles en français"), "the fallback notice");
        assertTrue(french.contains("<h1 class=\"page-title\" lang=\"en\">Support to Migration"), "English title marked as such");
        String russian = TestServer.get("/ru/projects/mibma").body();
        assertTrue(russian.contains("январь 2016 – декабрь 2018"), russian);
        assertTrue(russian.contains(">Армения<"));
        assertTrue(russian.contains("Скачать информационный листок (PDF)"));
    }

    @Test
    void languageSwitcherKeepsThePageAndItsFilters() {
        String body = TestServer.get("/projects?country=AM&status=COMPLETED").body();
        assertTrue(body.contains("href=\"/fr/projects?country=AM&amp;status=COMPLETED\""), body);
        assertTrue(body.contains("href=\"/ru/projects?country=AM&amp;status=COMPLETED\""));
    }

    @Test
    void pagesAnswerConditionalRequestsWith304() {
        for (String path : List.of("/projects", "/projects?q=border&country=AM", "/fr/projects/mibma", "/timeline",
                "/countries/am", "/organisations/icmpd", "/projects/mibma/factsheet.pdf", "/ru/feed.atom", "/sitemap.xml")) {
            HttpResponse<String> first = TestServer.get(path);
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElse(""), path);
            HttpResponse<String> again = TestServer.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(200, TestServer.get(path, "If-None-Match", "\"something-else\"").statusCode(), path);
        }
    }

    @Test
    void factsheetHoldsTheProjectInTheLanguageAsked() throws IOException {
        HttpResponse<byte[]> french = bytes("/fr/projects/mibma/factsheet.pdf");
        assertEquals(200, french.statusCode());
        assertEquals("application/pdf", french.headers().firstValue("Content-Type").orElse(""));
        assertTrue(french.headers().firstValue("Last-Modified").isPresent());
        String frenchText = text(french.body());
        assertTrue(frenchText.contains("Support to Migration and Border Management in Armenia"), frenchText);
        assertTrue(frenchText.contains("Union européenne"), frenchText);
        assertTrue(frenchText.contains("Bailleurs de fonds"));
        assertTrue(frenchText.contains("janvier 2016 – décembre 2018"));

        String russianText = text(bytes("/ru/projects/mibma/factsheet.pdf").body());
        assertTrue(russianText.contains("Доноры"), russianText);
        assertTrue(russianText.contains("Европейский союз"), russianText);
        assertTrue(russianText.contains("Армения"));

        String englishText = text(bytes("/projects/bomca/factsheet.pdf").body());
        assertTrue(englishText.contains("Border Management Programme in Central Asia"), englishText);
        assertTrue(englishText.contains("European Union"));
        assertTrue(englishText.contains("Specific objectives"));
        assertEquals(404, bytes("/projects/no-such-project/factsheet.pdf").statusCode());
        assertEquals(404, bytes("/factsheet?slug=mibma").statusCode(), "only through its clean address");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines wrap where the page ends them
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void feedIsValidAtomInEachLanguageAndFollowsTheFilters() throws Exception {
        HttpResponse<String> response = TestServer.get("/fr/feed.atom");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(response.body())));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("fr", feed.getLanguage());
        assertTrue(feed.getTitle().startsWith("ProjectDesk"));
        assertNotNull(feed.getPublishedDate(), "the feed's updated date");
        assertTrue(feed.getEntries().size() >= 7);
        for (SyndEntry entry : feed.getEntries()) {
            assertTrue(entry.getLink().startsWith(TestServer.url("/fr/projects/")), entry.getLink());
            assertNotNull(entry.getUpdatedDate());
            assertNotNull(entry.getUri());
        }

        SyndFeed armenia = new SyndFeedInput().build(new InputSource(new StringReader(
                TestServer.get("/feed.atom?country=AM&q=migration").body())));
        assertTrue(armenia.getEntries().stream().anyMatch(e -> e.getLink().endsWith("/projects/mibma")));
        assertTrue(armenia.getEntries().stream().noneMatch(e -> e.getLink().endsWith("/projects/bomca")));
        assertEquals(404, TestServer.get("/feed").statusCode(), "only through its clean address");
    }

    @Test
    void siteMapListsEveryPublicPageInEveryLanguage() {
        String sitemap = TestServer.get("/sitemap.xml").body();
        for (String path : List.of("/projects", "/fr/projects", "/ru/timeline", "/projects/mibma", "/fr/projects/mibma",
                "/ru/projects/bomca", "/countries/am", "/ru/countries/kz", "/fr/organisations/icmpd")) {
            assertTrue(sitemap.contains("<loc>" + TestServer.url(path) + "</loc>"), path);
        }
        assertTrue(sitemap.contains("hreflang=\"ru\""));
        String robots = TestServer.get("/robots.txt").body();
        assertTrue(robots.contains("Sitemap: " + TestServer.url("/sitemap.xml")), robots);
    }

    @Test
    void projectPageCarriesSchemaOrgData() {
        String body = TestServer.get("/projects/mibma").body();
        // the element carries the page's CSP nonce like every script element
        assertTrue(body.matches("(?s).*<script type=\"application/ld\\+json\"( nonce=\"[^\"]+\")?>\\{\"@context\":\"https://schema.org\",\"@type\":\"Project\".*"), body);
        assertTrue(body.contains("\"alternateName\":\"MIBMA\""));
        assertTrue(body.contains("\"funder\":[{\"@type\":\"Organization\""));
    }

    @Test
    void countryAndOrganisationPagesListTheirProjects() {
        String armenia = TestServer.get("/countries/am").body();
        assertTrue(armenia.contains("<h1 class=\"page-title\">Armenia</h1>"), armenia);
        assertTrue(armenia.contains("Support to Migration and Border Management in Armenia"));
        assertFalse(armenia.contains("Border Management Programme in Central Asia"));
        assertTrue(TestServer.get("/ru/countries/am").body().contains("<h1 class=\"page-title\">Армения</h1>"));
        // the projects are listed a page at a time; the count is of them all
        String beyond = TestServer.get("/countries/am?page=2").body();
        assertTrue(beyond.contains("<h1 class=\"page-title\">Armenia</h1>"), beyond);
        assertFalse(beyond.contains("Support to Migration and Border Management in Armenia</a>"), "page 2 of one page lists none");
        assertFalse(beyond.contains("class=\"empty-state\""), "the country has projects, on the first page");
        String timeline = TestServer.get("/timeline?page=2").body();
        assertFalse(timeline.contains("class=\"timeline__label\""), "the timeline's projects fit on its first page");
        assertTrue(TestServer.get("/timeline").body().contains("class=\"timeline__label\""));
        assertEquals(404, TestServer.get("/countries/zz").statusCode());

        String undp = TestServer.get("/organisations/undp").body();
        assertTrue(undp.contains("Support to Migration and Border Management in Armenia"), undp);
        assertTrue(undp.contains("In partnership with"), "its role in the project");
        assertEquals(404, TestServer.get("/organisations/no-such-organisation").statusCode());
    }

    @Test
    void filtersLiveInTheAddress() {
        String body = TestServer.get("/projects?country=KZ").body();
        assertTrue(body.contains("Border Management Programme in Central Asia"));
        assertFalse(body.contains("Support to Migration and Border Management in Armenia"));
        assertTrue(body.contains("<input type=\"checkbox\" id=\"country-"), body);
        assertTrue(body.matches("(?s).*name=\"country\" value=\"KZ\" checked=\"checked\".*"), "the choice shows as checked");
        assertEquals(200, TestServer.get("/projects?country=%3Cscript%3E&page=abc&size=7&sort=nonsense").statusCode(),
                "unreadable parameters are ignored");
    }

    @Test
    void pagePastTheEndSaysSoAndLinksToTheLastPage() {
        String english = TestServer.get("/projects?page=9&sort=title&size=100").body();
        assertTrue(english.contains("There is no page 9: the projects found fill one page."), english);
        assertTrue(english.contains("<a href=\"/projects?sort=title&amp;size=100\" class=\"beyond-end__last\">"), english);
        assertTrue(english.contains("Go to the last page (page 1)"));
        assertFalse(english.contains("No project has been published yet"), "not both");
        assertFalse(english.contains("class=\"project-card\""));
        assertTrue(TestServer.get("/fr/projects?page=9&size=100").body().contains("Il n'y a pas de page 9\u00a0: les projets trouvés tiennent sur une page."));
        assertTrue(TestServer.get("/ru/projects?page=9&size=100").body().contains("Страницы 9 нет: найденные проекты занимают одну страницу."));
        assertTrue(TestServer.get("/projects?page=1").body().contains("class=\"project-card\""), "the first page lists");
    }

    @Test
    void feedEntriesNameThePublishingOrganisationAsTheirAuthor() throws Exception {
        String atom = TestServer.get("/ru/feed.atom").body();
        assertFalse(atom.contains("<name />") || atom.contains("<name/>"), atom);
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(atom)));
        assertEquals("ProjectDesk", feed.getAuthors().get(0).getName(), "the reporting organisation's name by default");
        for (SyndEntry entry : feed.getEntries()) {
            assertEquals("ProjectDesk", entry.getAuthors().get(0).getName(), entry.getTitle());
        }
    }

    @Test
    void labelsKeepTheirSpaceAndNameOneConceptOneWayInEveryLanguage() {
        assertTrue(TestServer.get("/organisations/icmpd").body().contains("Role: Lead agency"));
        assertTrue(TestServer.get("/fr/organisations/icmpd").body().contains("Rôle\u00a0: Agence chef de file"));
        assertTrue(TestServer.get("/ru/organisations/icmpd").body().contains("Роль: Ведущее агентство"));
        assertTrue(TestServer.get("/projects/mibma").body().contains("Region: <a href=\"/regions/eastern-partnership\""));
        assertTrue(TestServer.get("/countries/am").body().contains("Region: <a href=\"/regions/eastern-partnership\">"));
        for (List<String> language : List.of(List.of("", "Lead agency"), List.of("/fr", "Agence chef de file"),
                List.of("/ru", "Ведущее агентство"))) {
            String project = TestServer.get(language.get(0) + "/projects/mibma").body();
            String listing = TestServer.get(language.get(0) + "/projects").body();
            assertTrue(project.contains("<dt>" + language.get(1) + "</dt>"), project);
            assertTrue(listing.contains("<dt>" + language.get(1) + "</dt>"), listing);
        }
    }

    @Test
    void everyOrganisationOfAProjectIsLinked() {
        String mibma = TestServer.get("/projects/mibma").body();
        assertTrue(mibma.contains("<a href=\"/organisations/icmpd\">"), "the lead");
        assertTrue(mibma.contains("<ul class=\"plain-list implementing-partners\">"), mibma);
        assertTrue(mibma.matches("(?s).*class=\"plain-list implementing-partners\">\\s*<li><a href=\"/organisations/undp\">United Nations Development Programme \\(UNDP\\)</a>.*"), mibma);
        assertTrue(TestServer.get("/fr/projects/mibma").body().contains("<a href=\"/fr/organisations/undp\">"));
    }

    @Test
    void searchPassagesShowOneEllipsisWhereTextWasLeftOut() {
        for (String path : List.of("/projects?q=border", "/projects?q=management+capacity", "/fr/projects?q=frontieres")) {
            String body = TestServer.get(path).body();
            assertTrue(body.contains("class=\"project-card__highlights\""), path);
            assertFalse(body.matches("(?s).*…\\s*….*"), () -> path + " doubles the ellipsis: " + body);
        }
    }

    @Test
    void siteHasAFavicon() {
        assertTrue(TestServer.get("/projects").body().contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\""));
        HttpResponse<byte[]> svg = bytes("/favicon.svg");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        HttpResponse<byte[]> ico = bytes("/favicon.ico");
        assertEquals(200, ico.statusCode(), "for the browsers that ask without looking");
        assertEquals(List.of(0, 0, 1, 0), List.of((int) ico.body()[0], (int) ico.body()[1], (int) ico.body()[2], (int) ico.body()[3]),
                "an icon file");
    }
}
