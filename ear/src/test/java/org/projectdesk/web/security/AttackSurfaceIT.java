package org.projectdesk.web.security;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.InlineScripts;
import org.projectdesk.testsupport.TestServer;
import org.projectdesk.testsupport.Visitor;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the attack run found, tried again over HTTP as an outsider would: session fixation, login
 * CSRF, response amplification, oversized searches, undecodable API addresses, missing security
 * headers, posts to public pages and forged log lines.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttackSurfaceIT {

    private static final List<String> EVERY_KIND_OF_ANSWER = List.of("/projects", "/projects/mibma", "/fr/projects",
            "/login", "/timeline", "/countries/am", "/organisations/icmpd", "/feed.atom", "/sitemap.xml", "/robots.txt",
            "/api/v1/projects", "/api/openapi.json", "/iati/activities.xml", "/projects/mibma/factsheet.pdf",
            "/no/such/page", "/api/v1/projects/no-such-project", "/api/v1/projects/%C0%AF");

    private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+=\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    // --- headers ---

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        List<Executable> checks = new ArrayList<>();
        for (String path : EVERY_KIND_OF_ANSWER) {
            HttpResponse<String> response = TestServer.get(path);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            checks.add(() -> assertEquals(1, policies.size(), () -> path + ": " + policies));
            String policy = policies.isEmpty() ? "" : policies.get(0);
            Map<String, String> directives = Arrays.stream(policy.split(";")).map(String::strip)
                    .filter(d -> !d.isEmpty()).collect(Collectors.toMap(d -> d.split("\\s+")[0], d -> d, (a, b) -> a));
            String scripts = directives.getOrDefault("script-src", directives.getOrDefault("default-src", ""));
            checks.add(() -> assertTrue(scripts.contains("'self'"), () -> path + ": " + policy));
            checks.add(() -> assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval")
                    || scripts.contains("*") || scripts.contains("data:"), () -> path + ": " + policy));
            checks.add(() -> assertEquals("frame-ancestors 'none'", directives.get("frame-ancestors"), path));
            checks.add(() -> assertEquals("object-src 'none'", directives.get("object-src"), path));
            checks.add(() -> assertEquals("base-uri 'none'", directives.get("base-uri"), path));
            checks.add(() -> assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path));
            checks.add(() -> assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null), path));
            // the demo run (which the tests are) is plain HTTP: no HSTS there; production sends it (README)
            checks.add(() -> assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), path));
        }
        assertAll(checks);
    }

    @Test
    void facesPagesGiveTheirScriptsANonceAndNoInlineHandlers() {
        Visitor editor = new Visitor();
        editor.signIn("editor", "demo-editor");
        for (String path : List.of("/login", "/projects/mibma", "/desk", "/desk/entry")) {
            HttpResponse<String> page = path.startsWith("/desk") ? editor.get(path) : TestServer.get(path);
            assertEquals(200, page.statusCode(), path);
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            if ("/projects/mibma".equals(path)) {
                // a public page, kept and sent to everyone: its inline scripts allowed by their hashes, no nonce
                assertFalse(policy.contains("'nonce-"), () -> path + " repeats a nonce: " + policy);
                assertFalse(page.body().contains(" nonce="), path);
                for (String hash : InlineScripts.hashSources(page.body())) {
                    assertTrue(policy.contains(hash), () -> path + ": " + hash + " not in " + policy);
                }
            } else {
                String nonce = policy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
                assertNotEquals(policy, nonce, () -> path + " has no nonce: " + policy);
                List<String> scripts = page.body().lines().flatMap(line -> Arrays.stream(line.split("(?=<script)")))
                        .filter(part -> part.startsWith("<script")).map(part -> part.substring(0, part.indexOf('>') + 1))
                        .toList();
                for (String script : scripts) {
                    assertTrue(script.contains("nonce=\"" + nonce + "\"") || script.contains("type=\"application/ld+json\""),
                            () -> path + ": " + script);
                }
            }
            assertFalse(INLINE_HANDLER.matcher(page.body()).find(), () -> path + " has an inline handler");
        }
    }

    @Test
    void publicPagesAnswerOnlyReading() {
        for (String path : List.of("/projects", "/projects/mibma", "/fr/projects", "/timeline", "/countries/am",
                "/organisations/icmpd", "/feed.atom", "/projects/mibma/factsheet.pdf")) {
            HttpResponse<String> response = TestServer.send("POST", path);
            assertEquals(405, response.statusCode(), path);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(null), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path);
        }
    }

    // --- sign-in ---

    @Test
    void aPlantedSessionIsNotTheOneThatSignsIn() {
        Visitor attacker = new Visitor();
        assertEquals(302, attacker.get("/desk").statusCode());
        String planted = attacker.sessionId().orElseThrow(() -> new AssertionError("the desk made no session"));

        Visitor victim = new Visitor();
        victim.plantSession(planted);
        HttpResponse<String> signedIn = victim.signIn("editor", "demo-editor");
        assertEquals(302, signedIn.statusCode(), signedIn::body);
        assertNotEquals(planted, victim.sessionId().orElseThrow(), "the session id changes at sign-in");
        assertEquals(200, victim.get("/desk").statusCode());

        HttpResponse<String> ridden = attacker.get("/desk");
        assertEquals(302, ridden.statusCode(), "the planted id is not signed in");
        assertTrue(ridden.headers().firstValue("Location").orElse("").endsWith("/login"));
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        for (String[] sender : new String[][]{{"Origin", "http://evil.example"}, {"Origin", "null"},
                {"Referer", "http://evil.example/page.html"}}) {
            Visitor victim = new Visitor();
            HttpResponse<String> form = victim.get("/login");
            Map<String, String> fields = Visitor.hiddenFields(form.body());
            fields.put("username", "editor");
            fields.put("password", "demo-editor");
            fields.put("signInButton", "");
            HttpResponse<String> forged = victim.post("/login", fields, sender[0], sender[1]);
            assertEquals(403, forged.statusCode(), () -> String.join(": ", sender));
            assertEquals(302, victim.get("/desk").statusCode(), "not signed in after " + String.join(": ", sender));
        }
        Visitor person = new Visitor();
        assertEquals(302, person.signIn("editor", "demo-editor").statusCode(), "a same-site sign-in still works");
        assertEquals(200, person.get("/desk").statusCode());
    }

    @Test
    void aDeskStepPostedFromAnotherSiteIsRefused() {
        Visitor editor = new Visitor();
        editor.signIn("editor", "demo-editor");
        HttpResponse<String> page = editor.get("/desk/entry");
        Map<String, String> fields = Visitor.hiddenFields(page.body());
        assertEquals(403, editor.post("/desk/entry", fields, "Origin", "http://evil.example").statusCode());
    }

    @Test
    void aUsernameCannotWriteAForgedLineIntoTheLog() throws IOException {
        String marker = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        Visitor visitor = new Visitor();
        HttpResponse<String> form = visitor.get("/login");
        Map<String, String> fields = Visitor.hiddenFields(form.body());
        fields.put("username", marker + "\n12:00:00,000 INFO  [org.projectdesk] " + marker + " signed in: admin [ADMIN]");
        fields.put("password", "wrong-password");
        fields.put("signInButton", "");
        assertEquals(200, visitor.post("/login", fields, "Origin", Visitor.origin()).statusCode());
        Path log = Path.of(System.getProperty("projectdesk.server.log"));
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.contains(marker))
                .toList();
        assertFalse(lines.isEmpty(), "the failed sign-in is logged");
        assertTrue(lines.stream().allMatch(line -> line.contains(marker + "\\n12:00")), lines::toString);
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("12:00:00,000")), lines::toString);
    }

    // --- amplification and oversized queries ---

    @Test
    void aThousandFacetValuesAreRefusedNotAmplified() {
        for (String parameter : List.of("org", "donor", "country", "region")) {
            String query = IntStream.range(0, 1000).mapToObj(i -> parameter + "=o" + i).collect(Collectors.joining("&"));
            for (String path : List.of("/projects", "/fr/projects", "/timeline", "/feed.atom", "/countries/am")) {
                HttpResponse<String> response = TestServer.get(path + "?" + query);
                assertEquals(400, response.statusCode(), path + " " + parameter);
                assertTrue(response.body().length() < 30_000, path + ": " + response.body().length() + " characters");
            }
            HttpResponse<String> api = TestServer.get("/api/v1/projects?" + query.replace("org=", "organisation="));
            assertEquals(400, api.statusCode());
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        HttpResponse<String> page = TestServer.get("/projects?" + IntStream.range(0, 21).mapToObj(i -> "org=o" + i)
                .collect(Collectors.joining("&")));
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("at most 20 values per filter"), page.body());
    }

    @Test
    void valuesThatNameNothingAreLeftOut() {
        int plain = TestServer.get("/projects?org=icmpd").body().length();
        String invented = IntStream.range(0, 20).mapToObj(i -> "donor=invented-" + i).collect(Collectors.joining("&"));
        HttpResponse<String> response = TestServer.get("/projects?org=icmpd&" + invented);
        assertEquals(200, response.statusCode());
        // only the page's own address (canonical, language alternates and switcher) carries the query as asked
        long repeated = response.body().split("invented-0&", -1).length - 1;
        assertTrue(repeated <= 10, () -> "the query is repeated in " + repeated + " links");
        assertTrue(response.body().length() < plain + 6_000, () -> response.body().length() + " against " + plain);
    }

    @Test
    void aLongQueryStringIsRefused() {
        assertEquals(400, TestServer.get("/projects?q=" + "a".repeat(5_000)).statusCode());
        assertEquals(400, TestServer.get("/api/v1/projects?q=" + "a".repeat(5_000)).statusCode());
    }

    @Test
    void aSearchOfFourteenHundredWordsIsAProblemThatSaysWhy() {
        String words = IntStream.range(0, 1400).mapToObj(i -> "w" + i).collect(Collectors.joining("+"));
        HttpResponse<String> api = TestServer.get("/api/v1/projects?q=" + words);
        assertEquals(400, api.statusCode(), api::body);
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(api.body().contains("\"parameter\":\"q\"") && api.body().contains("at most 32 words"), api::body);

        String fewer = IntStream.range(0, 300).mapToObj(i -> "w" + i).collect(Collectors.joining("+"));
        assertEquals(400, TestServer.get("/projects?q=" + fewer).statusCode());
        String allowed = IntStream.range(0, 32).mapToObj(i -> "border" + i).collect(Collectors.joining("+"));
        assertEquals(200, TestServer.get("/api/v1/projects?q=" + allowed).statusCode());
        assertEquals(200, TestServer.get("/projects?q=" + allowed).statusCode());
    }

    @Test
    void anUndecodableApiAddressIsAProblemLikeEveryApiError() {
        for (String path : List.of("/api/v1/projects/%C0%AF", "/api/v1/projects/%FF", "/iati/activities/%C0%AF.xml")) {
            HttpResponse<String> response = TestServer.get(path);
            assertEquals(400, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    () -> path + ": " + response.headers().map());
            assertTrue(response.body().contains("\"status\":400"), response::body);
        }
    }
}
