package org.projectdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.InlineScripts;
import org.projectdesk.testsupport.TestServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map and the charts over HTTP: the map's shading is the listing's country facet for the same
 * filters, its links lead to the country pages, it speaks the page's language; every chart's
 * figures are the data's (checked against the listing's facets and the JSON API); the region
 * pages; the factsheet's vector map; caching like every public page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MapAndChartsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MAP_COUNTRY = Pattern.compile(
            "<a href=\"([^\"]+)\" class=\"world-map__country[^\"]*\" aria-label=\"([^\"]+)\">");
    private static final Pattern MAP_ROW = Pattern.compile(
            "<a href=\"(?:/fr|/ru)?/countries/([a-z]{2})\">[^<]+</a></th>\\s*<td class=\"map-table__count\">([^<]+)</td>");
    private static final Pattern TABLE_ROW = Pattern.compile("<tr><th scope=\"row\">([^<]+)</th><td>([^<]+)</td></tr>");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void mapShadesTheListingsCountryFacetForTheSameFilters() {
        for (String filters : List.of("", "?donor=government-of-japan", "?region=eastern-partnership",
                "?country=AM&status=COMPLETED", "?q=border+management")) {
            String map = TestServer.get("/map" + filters).body();
            Map<String, Long> facet = facet(TestServer.get("/projects" + filters).body(), "country");
            facet.values().removeIf(count -> count == 0);
            assertEquals(facet, mapTable(map), "/map" + filters);
            assertEquals(facet.size(), shaded(map).size(), "a shaded country for every row of " + filters);
        }
        Set<String> japan = mapTable(TestServer.get("/map?donor=government-of-japan").body()).keySet();
        assertEquals(Set.of("BF", "TD", "ML", "MR", "NE"), japan, "a donor's countries only");
    }

    @Test
    void everyShadedCountryIsNamedWithItsCountAndLeadsToItsPage() {
        HttpResponse<String> mapPage = TestServer.get("/map");
        String map = mapPage.body();
        Map<String, String> shaded = shaded(map);
        assertFalse(shaded.isEmpty());
        assertTrue(shaded.containsKey("/countries/am"), shaded::toString);
        assertTrue(shaded.get("/countries/am").matches("Armenia: \\d+ projects?"), shaded.get("/countries/am"));
        for (Map.Entry<String, String> country : shaded.entrySet()) {
            HttpResponse<String> page = TestServer.get(country.getKey());
            assertEquals(200, page.statusCode(), country.getKey());
            String name = country.getValue().substring(0, country.getValue().indexOf(':'));
            assertTrue(page.body().contains("<h1 class=\"page-title\">" + name + "</h1>"), country.getKey());
        }
        assertTrue(map.contains("role=\"group\" aria-labelledby=\"map-title\" aria-describedby=\"map-description\""));
        assertTrue(map.contains("class=\"world-map__outline\""), "the regions holding the projects are outlined");
        assertTrue(map.contains("href=\"/regions/eastern-partnership\""), "the legend links the outlined regions");
        assertTrue(map.contains("/jakarta.faces.resource/js/world-map.js"), "hover details from a script file");
        // PrimeFaces writes its settings and its CSP set-up into the head of every page, allowed by
        // the page's policy (by their hashes: the page is kept for everyone); nothing of the map is inline
        Matcher scripts = Pattern.compile("<script(?! src=| type=\"application/ld\\+json\")([^>]*)>([^<]*)</script>").matcher(map);
        while (scripts.find()) {
            assertTrue(scripts.group(2).contains("PrimeFaces"), scripts.group());
        }
        String policy = mapPage.headers().firstValue("Content-Security-Policy").orElse("");
        for (String hash : InlineScripts.hashSources(map)) {
            assertTrue(policy.contains(hash), hash + " in " + policy);
        }
    }

    @Test
    void mapSpeaksThePagesLanguage() {
        String french = TestServer.get("/fr/map").body();
        assertTrue(french.contains("lang=\"fr\""));
        assertTrue(french.contains("<title>Où se trouvent les projets · ProjectDesk</title>"), french);
        assertTrue(shaded(french).get("/fr/countries/am").matches("Arménie\u00a0: \\d+ projets?"), shaded(french)::toString);
        assertTrue(french.contains("Projets par pays"));
        String russian = TestServer.get("/ru/map?country=AM").body();
        assertTrue(shaded(russian).get("/ru/countries/am").matches("Армения — проектов: \\d+"), shaded(russian)::toString);
        assertTrue(russian.contains("world-map__country--chosen"), "the chosen country is outlined");
        assertTrue(russian.contains("Выбрано в фильтрах"));
        for (String prefix : List.of("", "/fr", "/ru")) {
            assertTrue(TestServer.get(prefix + "/projects").body().contains("href=\"" + prefix + "/map\""), "navigation " + prefix);
        }
    }

    @Test
    void listingChartsHoldTheFiguresOfEveryMatchingProject() throws IOException {
        for (String filters : List.of("", "?region=eastern-partnership", "?donor=eu")) {
            String listing = TestServer.get("/projects" + filters + (filters.isEmpty() ? "?" : "&") + "size=10").body();
            JsonNode projects = api("/api/v1/projects" + filters + (filters.isEmpty() ? "?" : "&") + "size=100");
            assertEquals(Long.valueOf(projects.get("total").asLong()), total(chart(listing, "chart-statuses")),
                    "every project has a status: " + filters);
            assertEquals(countBy(projects, project -> List.of(project.get("leadImplementer").get("name").asText())),
                    chart(listing, "chart-leads"), "leads " + filters);
            assertEquals(countBy(projects, project -> names(project.get("donors"), "organisation")),
                    chart(listing, "chart-donors"), "donors " + filters);
            assertEquals(runningPerYear(projects), chart(listing, "chart-years"), "years " + filters);
            if (!filters.startsWith("?region")) {
                Map<String, Long> regions = chart(listing, "chart-regions");
                assertEquals(countBy(projects, project -> project.has("region") ? List.of(project.get("region").asText()) : List.of()),
                        regions, "regions " + filters);
            }
        }
        String french = TestServer.get("/fr/projects").body();
        assertTrue(french.contains("Projets en cours par année"));
        int alt = french.indexOf("aria-label=\"Projets par état.");
        assertTrue(alt > 0, "the status chart's text alternative in French");
        String statusAlt = french.substring(alt, french.indexOf('"', alt + "aria-label=\"".length()));
        assertTrue(statusAlt.contains(" Terminé\u00a0: "), statusAlt);
        assertTrue(TestServer.get("/ru/projects").body().contains("Проекты по донорам"));
    }

    @Test
    void organisationCountryAndRegionPagesHaveTheirMapAndCharts() throws IOException {
        String icmpd = TestServer.get("/organisations/icmpd").body();
        JsonNode all = api("/api/v1/projects?size=100");
        List<JsonNode> withIcmpd = new ArrayList<>();
        all.get("items").forEach(project -> {
            if (project.toString().contains("\"slug\":\"icmpd\"")) {
                withIcmpd.add(project);
            }
        });
        Map<String, Long> countries = new TreeMap<>();
        withIcmpd.forEach(project -> project.get("countries").forEach(c -> countries.merge(c.get("code").asText(), 1L, Long::sum)));
        assertEquals(countries, hiddenMapTable(icmpd), "the organisation's projects per country");
        assertEquals(countries.size(), shaded(icmpd).size());
        assertEquals(Long.valueOf(withIcmpd.size()), total(chart(icmpd, "chart-statuses")));

        String armenia = TestServer.get("/countries/am").body();
        assertEquals(Set.of("/countries/am"), shaded(armenia).keySet(), "the country itself");
        assertTrue(armenia.contains("world-map__outline"), "its region outlined");
        assertTrue(armenia.contains("href=\"/regions/eastern-partnership\">Eastern Partnership</a>"));
        assertTrue(armenia.contains("Projects running per year"));

        for (String prefix : List.of("", "/fr", "/ru")) {
            HttpResponse<String> region = TestServer.get(prefix + "/regions/eastern-partnership");
            assertEquals(200, region.statusCode(), prefix);
            assertTrue(region.body().contains(prefix + "/projects/mibma\""), "lists its projects " + prefix);
            assertTrue(region.body().contains("world-map__outline"));
            assertTrue(region.body().contains("href=\"" + prefix + "/countries/by\""), "its countries " + prefix);
        }
        assertTrue(TestServer.get("/fr/regions/eastern-partnership").body().contains("<h1 class=\"page-title\">Partenariat oriental</h1>"));
        assertTrue(TestServer.get("/ru/regions/central-asia").body().contains("<h1 class=\"page-title\">Центральная Азия</h1>"));
        JsonNode partnership = api("/api/v1/projects?region=eastern-partnership&size=100");
        String region = TestServer.get("/regions/eastern-partnership").body();
        assertEquals(countBy(partnership, project -> List.of(project.get("leadImplementer").get("name").asText())),
                chart(region, "chart-leads"));
        assertFalse(region.contains("chart-regions"), "a region's own page has no chart by region");
        assertEquals(404, TestServer.get("/regions/no-such-region").statusCode());
        assertTrue(TestServer.get("/projects/mibma").body().contains("href=\"/regions/eastern-partnership\""),
                "a project links its region");
        String sitemap = TestServer.get("/sitemap.xml").body();
        for (String path : List.of("/map", "/fr/map", "/regions/eastern-partnership", "/ru/regions/central-asia")) {
            assertTrue(sitemap.contains("<loc>" + TestServer.url(path) + "</loc>"), path);
        }
    }

    @Test
    void newPagesAreCachedLikeEveryPublicPageAndCreateNoSession() {
        for (String path : List.of("/map", "/map?donor=eu", "/fr/map", "/regions/sahel", "/ru/regions/sahel")) {
            HttpResponse<String> first = TestServer.get(path);
            assertEquals(200, first.statusCode(), path);
            assertFalse(first.headers().firstValue("Set-Cookie").isPresent(), path + " creates no session");
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElse(""), path);
            assertEquals(304, TestServer.get(path, "If-None-Match", etag).statusCode(), path);
        }
    }

    @Test
    void factsheetDrawsTheProjectsCountriesAsVectors() throws IOException {
        byte[] pdf = bytes("/projects/bomca/factsheet.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("The project’s 5 countries on the map: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan."), text);
            int forms = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    assertFalse(object instanceof PDImageXObject, "no raster image");
                    if (object instanceof PDFormXObject form) {
                        forms++;
                        try (InputStream content = form.getContents()) {
                            String operators = new String(content.readAllBytes(), StandardCharsets.ISO_8859_1);
                            assertTrue(operators.split(" l\n", -1).length > 200, "country shapes drawn as paths");
                            assertTrue(operators.contains("0.1098 0.3098 0.54902 rg"), "the highlight colour");
                        }
                    }
                }
            }
            assertEquals(1, forms, "one map");
        }
        String russian = new PDFTextStripper().getText(Loader.loadPDF(bytes("/ru/projects/mibma/factsheet.pdf")));
        assertTrue(russian.replaceAll("\\s+", " ").contains("Страны проекта на карте (1): Армения."), russian);
    }

    // --- reading the pages ---

    /** The shaded countries of the page's map: link → accessible name. */
    private static Map<String, String> shaded(String page) {
        Map<String, String> countries = new HashMap<>();
        Matcher m = MAP_COUNTRY.matcher(page);
        while (m.find()) {
            countries.put(m.group(1), m.group(2).replace("&nbsp;", "\u00a0"));
        }
        return countries;
    }

    /** The visible table beside the map page's map: ISO code → count. */
    private static Map<String, Long> mapTable(String page) {
        Map<String, Long> rows = new TreeMap<>();
        Matcher m = MAP_ROW.matcher(page);
        while (m.find()) {
            rows.put(m.group(1).toUpperCase(Locale.ROOT), number(m.group(2)));
        }
        return rows;
    }

    /** The table of a small map (names, no links): ISO code → count, through the links of the map itself. */
    private static Map<String, Long> hiddenMapTable(String page) {
        Map<String, Long> rows = new TreeMap<>();
        shaded(page).forEach((link, label) -> rows.put(link.substring(link.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT),
                number(label.replaceAll(".*: (\\d+) projects?", "$1"))));
        return rows;
    }

    /** A facet of the listing's filters: value → count. */
    private static Map<String, Long> facet(String page, String name) {
        Map<String, Long> counts = new TreeMap<>();
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\".*?facet__count\">\\((\\d+)\\)", Pattern.DOTALL).matcher(page);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return counts;
    }

    /** A chart's table: name → figure. */
    private static Map<String, Long> chart(String page, String id) {
        int start = page.indexOf("aria-labelledby=\"" + id + "-title\"");
        assertTrue(start >= 0, id + " is on the page");
        String figure = page.substring(start, page.indexOf("</figure>", start));
        Map<String, Long> rows = new TreeMap<>();
        Matcher m = TABLE_ROW.matcher(figure);
        while (m.find()) {
            rows.put(m.group(1).replace("&amp;", "&"), number(m.group(2)));
        }
        return rows;
    }

    private static Long total(Map<String, Long> chart) {
        return chart.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static JsonNode api(String path) throws IOException {
        return JSON.readTree(TestServer.get(path).body());
    }

    private static List<String> names(JsonNode list, String member) {
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add(item.get(member).get("name").asText()));
        return List.copyOf(new LinkedHashSet<>(names));
    }

    private static Map<String, Long> countBy(JsonNode page, Function<JsonNode, List<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        page.get("items").forEach(project -> values.apply(project).forEach(value -> counts.merge(value, 1L, Long::sum)));
        return counts;
    }

    /** Projects running in each year from the first start to the last end, from the API's durations. */
    private static Map<String, Long> runningPerYear(JsonNode page) {
        Map<String, Long> years = new TreeMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (JsonNode project : page.get("items")) {
            if (project.has("duration")) {
                first = Math.min(first, Integer.parseInt(project.get("duration").get("start").asText().substring(0, 4)));
                last = Math.max(last, Integer.parseInt(project.get("duration").get("end").asText().substring(0, 4)));
            }
        }
        for (int year = first; year <= last; year++) {
            years.put(String.valueOf(year), 0L);
        }
        for (JsonNode project : page.get("items")) {
            if (project.has("duration")) {
                int start = Integer.parseInt(project.get("duration").get("start").asText().substring(0, 4));
                int end = Integer.parseInt(project.get("duration").get("end").asText().substring(0, 4));
                for (int year = start; year <= end; year++) {
                    years.merge(String.valueOf(year), 1L, Long::sum);
                }
            }
        }
        return years;
    }

    private static byte[] bytes(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestServer.url(path)))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
