package org.projectdesk.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.OpenApiContract;
import org.projectdesk.testsupport.TestServer;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON API over HTTP, against the seven seed projects: filters, search, paging, languages,
 * caching, CORS and error bodies. Every answer is checked against the served OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectsApiIT {

    private static final String LIST = "/v1/projects";
    private static final String ONE = "/v1/projects/{slug}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static JsonNode get(String template, String path, String... headers) {
        return OpenApiContract.served().check(template, TestServer.get("/api" + path, headers));
    }

    private static List<String> slugs(JsonNode page) {
        List<String> slugs = new ArrayList<>();
        page.path("items").forEach(item -> slugs.add(item.path("slug").asText()));
        return slugs;
    }

    @Test
    void listsThePublishedSeedProjectsWithTotals() {
        assertEquals(20, get(LIST, LIST).path("size").asInt());
        JsonNode page = get(LIST, LIST + "?size=100");
        assertTrue(page.path("total").asInt() >= 7, page::toString);
        assertEquals(1, page.path("page").asInt());
        assertEquals(100, page.path("size").asInt());
        assertTrue(slugs(page).containsAll(List.of("mibma", "bomca")), page::toString);
        JsonNode mibma = get(ONE, "/v1/projects/mibma");
        assertEquals("Support to Migration and Border Management in Armenia", mibma.path("title").asText());
        assertEquals("2016-01", mibma.path("duration").path("start").asText());
        assertEquals("2018-12", mibma.path("duration").path("end").asText());
        assertEquals("AM", mibma.path("countries").get(0).path("code").asText());
        assertEquals("icmpd", mibma.path("leadImplementer").path("slug").asText());
        assertEquals("completed", mibma.path("status").asText());
        assertTrue(mibma.path("publishedAt").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), mibma::toString);
        assertTrue(mibma.path("self").asText().endsWith("/api/v1/projects/mibma"));
        assertTrue(mibma.path("page").asText().endsWith("/projects/mibma"));
    }

    @Test
    void pagesWithTotalAndNextAndPreviousLinks() {
        JsonNode first = get(LIST, LIST + "?size=3");
        int total = first.path("total").asInt();
        assertEquals(3, first.path("items").size());
        assertEquals((total + 2) / 3, first.path("pages").asInt());
        assertFalse(first.path("links").has("prev"));
        String next = first.path("links").path("next").asText();
        assertTrue(next.contains("page=2") && next.contains("size=3"), next);
        HttpResponse<String> raw = TestServer.get("/api" + LIST + "?size=3");
        OpenApiContract.served().check(LIST, raw);
        assertTrue(raw.headers().allValues("Link").stream().anyMatch(l -> l.contains("rel=\"next\"")), raw.headers().toString());

        JsonNode second = get(LIST, LIST + "?size=3&page=2");
        assertTrue(second.path("links").path("prev").asText().contains("page=1"));
        Set<String> seen = new HashSet<>(slugs(first));
        slugs(second).forEach(slug -> assertTrue(seen.add(slug), "page 2 repeats " + slug));

        JsonNode last = get(LIST, LIST + "?size=3&page=" + first.path("pages").asInt());
        assertFalse(last.path("links").has("next"));
        JsonNode beyond = get(LIST, LIST + "?size=3&page=99");
        assertEquals(0, beyond.path("items").size());
        assertEquals(total, beyond.path("total").asInt());
    }

    @Test
    void filtersByCountryOrganisationDonorStatusAndYears() {
        JsonNode armenia = get(LIST, LIST + "?country=AM&size=100");
        assertTrue(slugs(armenia).contains("mibma"));
        armenia.path("items").forEach(item -> assertTrue(item.path("countries").toString().contains("\"AM\""), item::toString));

        JsonNode twoCountries = get(LIST, LIST + "?country=AM&country=GE");
        assertTrue(twoCountries.path("total").asInt() > armenia.path("total").asInt(), twoCountries::toString);
        assertEquals(twoCountries.path("total"), get(LIST, LIST + "?country=AM,GE").path("total"));

        JsonNode icmpd = get(LIST, LIST + "?organisation=icmpd&size=100");
        assertTrue(slugs(icmpd).contains("mibma"));
        icmpd.path("items").forEach(item -> assertTrue((item.path("leadImplementer").toString()
                + item.path("implementingPartners")).contains("\"icmpd\""), item::toString));

        JsonNode funded = get(LIST, LIST + "?donor=eu&size=100");
        assertTrue(funded.path("total").asInt() >= 1, funded::toString);
        funded.path("items").forEach(item -> assertTrue(item.path("donors").toString().contains("\"eu\""), item::toString));

        JsonNode combined = get(LIST, LIST + "?country=AM&organisation=icmpd&status=completed&startYear=2016&endYear=2018");
        assertEquals(List.of("mibma"), slugs(combined));
        JsonNode upcoming = get(LIST, LIST + "?country=AM&status=upcoming");
        upcoming.path("items").forEach(item -> assertEquals("upcoming", item.path("status").asText(), item::toString));
        assertFalse(slugs(upcoming).contains("mibma"));
        assertEquals(0, get(LIST, LIST + "?country=AQ").path("total").asInt());
    }

    @Test
    void searchesIgnoringCaseAndAccentsWithTheAcronymFirst() {
        assertEquals("bomca", slugs(get(LIST, LIST + "?q=BOMCA")).get(0));
        assertEquals("mibma", slugs(get(LIST, LIST + "?q=mibma")).get(0));
        assertTrue(slugs(get(LIST, LIST + "?q=armenie&lang=fr&size=100")).contains("mibma"));
        assertTrue(slugs(get(LIST, LIST + "?q=MIGRATION+armenia&size=100")).contains("mibma"));
        assertEquals(0, get(LIST, LIST + "?q=zzzqqq").path("total").asInt());
    }

    @Test
    void speaksTheRequestedLanguageWithEnglishFallback() {
        HttpResponse<String> french = TestServer.get("/api/v1/projects/mibma?lang=fr");
        JsonNode mibma = OpenApiContract.served().check(ONE, french);
        assertEquals("fr", mibma.path("language").asText());
        assertEquals("fr", french.headers().firstValue("Content-Language").orElse(""));
        assertEquals("Arménie", mibma.path("countries").get(0).path("name").asText());
        assertEquals("Support to Migration and Border Management in Armenia", mibma.path("title").asText());
        assertTrue(mibma.path("untranslatedFields").toString().contains("\"title\""));
        assertTrue(mibma.path("self").asText().endsWith("/api/v1/projects/mibma?lang=fr"));
        assertTrue(mibma.path("page").asText().endsWith("/fr/projects/mibma"));
        JsonNode countries = get("/v1/countries", "/v1/countries?lang=ru");
        assertTrue(countries.toString().contains("\"Армения\""), countries::toString);
    }

    @Test
    void listsOrganisationsAndCountriesOfPublishedProjects() {
        JsonNode organisations = get("/v1/organisations", "/v1/organisations");
        assertTrue(organisations.path("total").asInt() >= 5);
        assertTrue(organisations.toString().contains("\"slug\":\"icmpd\""), organisations::toString);
        JsonNode countries = get("/v1/countries", "/v1/countries");
        JsonNode armenia = null;
        for (JsonNode country : countries.path("items")) {
            if (country.path("code").asText().equals("AM")) {
                armenia = country;
            }
        }
        assertTrue(armenia != null && armenia.path("projects").asInt() >= 1, countries::toString);
    }

    @Test
    void answersConditionalRequestsWithNotModified() {
        HttpResponse<String> first = TestServer.get("/api/v1/projects/mibma");
        OpenApiContract.served().check(ONE, first);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElse(""), first.headers().toString());
        HttpResponse<String> again = TestServer.get("/api/v1/projects/mibma", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        OpenApiContract.served().check(ONE, again);

        String french = etagOf(ONE, "/v1/projects/mibma?lang=fr");
        assertNotEquals(etag, french);
        HttpResponse<String> otherLanguage = TestServer.get("/api/v1/projects/mibma?lang=fr", "If-None-Match", etag);
        assertEquals(200, otherLanguage.statusCode());
        OpenApiContract.served().check(ONE, otherLanguage);

        String listTag = etagOf(LIST, "/v1/projects?size=2");
        HttpResponse<String> list = TestServer.get("/api/v1/projects?size=2", "If-None-Match", listTag);
        assertEquals(304, list.statusCode());
        OpenApiContract.served().check(LIST, list);
        HttpResponse<String> countries = TestServer.get("/api/v1/countries", "If-None-Match", etagOf("/v1/countries", "/v1/countries"));
        assertEquals(304, countries.statusCode());
        OpenApiContract.served().check("/v1/countries", countries);
    }

    private static String etagOf(String template, String path) {
        HttpResponse<String> response = TestServer.get("/api" + path);
        OpenApiContract.served().check(template, response);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void allowsCrossOriginReads() {
        HttpResponse<String> response = TestServer.get("/api/v1/projects", "Origin", "https://partner.example.org");
        OpenApiContract.served().check(LIST, response);
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        HttpResponse<String> preflight = TestServer.send("OPTIONS", "/api/v1/projects/mibma",
                "Origin", "https://partner.example.org", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "if-none-match");
        assertTrue(preflight.statusCode() < 300, () -> preflight.statusCode() + " " + preflight.body());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("If-None-Match"));
    }

    @Test
    void unknownProjectIsAProblemNotAPage() {
        HttpResponse<String> response = TestServer.get("/api/v1/projects/no-such-project");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = OpenApiContract.served().check(ONE, response);
        assertEquals(404, problem.path("status").asInt());
        assertTrue(problem.path("detail").asText().contains("no-such-project"));
        String instance = problem.path("instance").asText();
        assertTrue(instance.matches("http://[^/]+/api/v1/projects/no-such-project"), "the full address: " + instance);

        HttpResponse<String> nowhere = TestServer.get("/api/v1/nothing-here");
        assertEquals(404, nowhere.statusCode());
        assertEquals("application/problem+json", nowhere.headers().firstValue("Content-Type").orElse(""));
        assertFalse(nowhere.body().contains("<html"));
    }

    @Test
    void invalidParametersAreOneProblemListingEach() {
        HttpResponse<String> response = TestServer.get("/api/v1/projects?page=0&size=1000&lang=de&country=XX&status=soon&sort=random&startYear=abc");
        assertEquals(400, response.statusCode());
        JsonNode problem = OpenApiContract.served().check(LIST, response);
        Set<String> parameters = new HashSet<>();
        problem.path("errors").forEach(error -> parameters.add(error.path("parameter").asText()));
        assertEquals(Set.of("page", "size", "lang", "country", "status", "sort", "startYear"), parameters, problem::toString);
        assertEquals(400, OpenApiContract.served().check(ONE, TestServer.get("/api/v1/projects/mibma?lang=xx"))
                .path("status").asInt());
    }

    @Test
    void refusesOtherMediaTypesAndMethodsWithProblems() {
        HttpResponse<String> html = TestServer.get("/api/v1/projects", "Accept", "text/html");
        assertEquals(406, html.statusCode());
        OpenApiContract.served().check(LIST, html);
        HttpResponse<String> post = TestServer.send("POST", "/api/v1/projects");
        assertEquals(405, post.statusCode());
        assertEquals("application/problem+json", post.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void servesItsOpenApiDocument() {
        JsonNode document = OpenApiContract.served().document();
        assertEquals("3.1.0", document.path("openapi").asText());
        assertTrue(document.path("paths").has(LIST));
        assertTrue(document.path("components").path("schemas").has("Project"));
    }
}
