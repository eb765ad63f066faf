package org.projectdesk.web.cache;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryFixtures;
import org.projectdesk.persistence.publicview.PublicContentChanged;
import org.projectdesk.persistence.reference.OrganisationService;
import org.projectdesk.persistence.reference.OrganisationView;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.InlineScripts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public response cache, seen over HTTP from inside the server (so the test can publish through
 * the services): kept answers are sent until a publication, an unpublication or a change of
 * reference data, and then the new content is sent at once; a draft save keeps them; conditional
 * requests get 304; the gzip form is the same body; a request's Host header never reaches a kept
 * answer; requests of signed-in people and other methods pass by the cache; every kept kind says
 * {@code public, no-cache} with a validator; a kept page repeats no CSP nonce to everyone but allows
 * exactly its own inline scripts by their hashes.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseCacheIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(ResponseCacheIT.class, EntryFixtures.class, InlineScripts.class);
    }

    @Inject
    Callers callers;

    @Inject
    EditorialService editorial;

    @Inject
    OrganisationService organisations;

    @Inject
    EntryFixtures fixtures;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Test
    void aPublicationShowsAtOnceADraftSaveKeepsTheKeptAnswersAndAnUnpublicationGoesAtOnce() {
        // titles that sort first, so that the entry is on the first page of the paged country page
        String title = firstInLists();
        String slug = "it-cache-" + UUID.randomUUID().toString().substring(0, 8);
        long id = callers.get(Caller.AUTHOR, () -> editorial.create(fixtures.content(title), slug)).id();
        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, fixtures.version(id)));
        List<String> addresses = List.of("/projects/" + slug, "/fr/projects/" + slug, "/countries/is",
                "/api/v1/projects/" + slug, "/api/v1/projects?country=IS&sort=published-desc&size=5", "/iati/activities/" + slug + ".xml",
                "/feed.atom?country=IS");
        for (String address : addresses) {
            get(address);
            HttpResponse<String> again = get(address);
            assertEquals(200, again.statusCode(), address);
            assertEquals("HIT", cacheOf(again), address + " is kept after the first request");
            assertTrue(again.body().contains(title) || again.body().contains(slug), address);
        }

        // an unrelated draft and a draft of this very entry change nothing public
        fixtures.draft();
        callers.get(Caller.AUTHOR, () -> editorial.startRevision(id, fixtures.version(id)));
        String nextTitle = firstInLists();
        callers.get(Caller.AUTHOR, () -> editorial.saveDraft(id, fixtures.version(id), fixtures.content(nextTitle)));
        for (String address : addresses) {
            HttpResponse<String> kept = get(address);
            assertEquals("HIT", cacheOf(kept), address + " survives a draft save");
            assertFalse(kept.body().contains(nextTitle), address);
        }

        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));
        for (String address : addresses) {
            assertEquals("HIT", cacheOf(get(address)), address + " survives a submission");
        }
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, fixtures.version(id)));
        // the very next request after the approval shows the new revision
        for (String address : List.of("/projects/" + slug, "/countries/is", "/api/v1/projects/" + slug,
                "/api/v1/projects?country=IS&sort=published-desc&size=5", "/feed.atom?country=IS")) {
            HttpResponse<String> fresh = get(address);
            assertEquals("MISS", cacheOf(fresh), address + " is made again after the publication");
            assertTrue(fresh.body().contains(nextTitle), address + " shows the new revision");
            assertFalse(fresh.body().contains(title), address + " no longer shows the old one");
        }

        callers.get(Caller.REVIEWER, () -> editorial.unpublish(id, fixtures.version(id), "cache test over"));
        assertEquals(404, get("/projects/" + slug).statusCode());
        assertEquals(404, get("/api/v1/projects/" + slug).statusCode());
        assertEquals(404, get("/iati/activities/" + slug + ".xml").statusCode());
        assertFalse(get("/countries/is").body().contains(nextTitle), "gone from the lists");
        assertFalse(get("/api/v1/projects?country=IS&sort=published-desc&size=5").body().contains(slug));
    }

    @Test
    void aRenamedOrganisationShowsOnEveryKeptPageAtOnce() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrganisationView fund = callers.get(Caller.ADMIN, () -> organisations.register(null,
                LocalizedText.of("Marrowby Fund " + tag), "MF" + tag, OrganisationKind.NGO, null));
        ProjectContent content = fixtures.content(fixtures.uniqueTitle()).toBuilder()
                .addParticipation(Participation.donor(fixtures.organisation(fund.id()))).build();
        String slug = "it-cache-org-" + tag;
        long id = callers.get(Caller.AUTHOR, () -> editorial.create(content, slug)).id();
        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, fixtures.version(id)));
        List<String> addresses = List.of("/projects/" + slug, "/organisations/" + fund.slug(),
                "/api/v1/projects/" + slug + "?lang=fr", "/api/v1/organisations", "/projects?donor=" + fund.slug());
        for (String address : addresses) {
            get(address);
            HttpResponse<String> kept = get(address);
            assertEquals("HIT", cacheOf(kept), address);
            assertTrue(kept.body().contains("Marrowby Fund " + tag), address);
        }
        callers.get(Caller.ADMIN, () -> organisations.change(fund.id(), fund.version(),
                LocalizedText.of("Thistledown Trust " + tag), "TT" + tag, OrganisationKind.NGO, null));
        for (String address : addresses) {
            HttpResponse<String> fresh = get(address);
            assertEquals("MISS", cacheOf(fresh), address);
            assertTrue(fresh.body().contains("Thistledown Trust " + tag), address + " shows the new name");
            assertFalse(fresh.body().contains("Marrowby Fund " + tag), address);
        }
        callers.get(Caller.REVIEWER, () -> editorial.unpublish(id, fixtures.version(id), "cache test over"));
    }

    @Test
    void conditionalRequestsGet304AndTheGzipFormIsTheSameBody() throws IOException {
        for (String address : List.of("/projects", "/fr/projects?country=AM&q=border", "/projects/mibma",
                "/ru/timeline", "/sitemap.xml", "/feed.atom", "/api/v1/projects?size=5", "/iati/activities/mibma.xml",
                "/projects/mibma/factsheet.pdf")) {
            HttpResponse<byte[]> plain = bytes("GET", address);
            HttpResponse<byte[]> zipped = bytes("GET", address, "Accept-Encoding", "gzip");
            assertEquals(200, plain.statusCode(), address);
            assertEquals(200, zipped.statusCode(), address);
            byte[] unzipped = zipped.headers().firstValue("Content-Encoding").map(coding -> {
                assertEquals("gzip", coding);
                return gunzip(zipped.body());
            }).orElse(zipped.body());
            assertArrayEquals(plain.body(), unzipped, address + ": the gzip form decompresses to the same bytes");
            assertEquals("Accept-Encoding", plain.headers().firstValue("Vary").orElse(""), address);

            for (HttpResponse<byte[]> answer : List.of(plain, zipped)) {
                String etag = answer.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(address));
                String coding = answer.headers().firstValue("Content-Encoding").orElse("identity");
                HttpResponse<byte[]> notModified = bytes("GET", address, "Accept-Encoding", coding,
                        "If-None-Match", etag);
                assertEquals(304, notModified.statusCode(), address + " " + coding);
                assertEquals(0, notModified.body().length);
                assertEquals(etag, notModified.headers().firstValue("ETag").orElse(""));
            }
            assertFalse(plain.headers().firstValue("ETag").equals(zipped.headers().firstValue("ETag"))
                    && zipped.headers().firstValue("Content-Encoding").isPresent(),
                    address + ": each coding has its own validator");

            HttpResponse<byte[]> head = bytes("HEAD", address);
            assertEquals(200, head.statusCode(), address);
            assertEquals(String.valueOf(plain.body().length), head.headers().firstValue("Content-Length").orElse(""));
        }
    }

    @Test
    void theHostHeaderNeverReachesAKeptAnswer() {
        publicChanges.fire(PublicContentChanged.everything());
        List<String> addresses = List.of("/projects", "/fr/projects?country=AM", "/projects/mibma", "/ru/projects/bomca",
                "/timeline", "/countries/am", "/organisations/icmpd", "/feed.atom", "/sitemap.xml", "/robots.txt",
                "/api/v1/projects", "/api/v1/projects?size=2&page=2", "/api/v1/projects/mibma",
                "/iati/activities.xml", "/iati/activities/mibma.xml");
        for (String address : addresses) {
            String answer = rawGet(address, "evil.example");
            assertTrue(answer.startsWith("HTTP/1.1 200"), address + ": " + answer.lines().findFirst().orElse(""));
            assertFalse(answer.contains("evil.example"), address + " made for Host: evil.example names it");
        }
        for (String address : addresses) {
            HttpResponse<String> kept = get(address);
            assertEquals("HIT", cacheOf(kept), address);
            assertFalse(kept.body().contains("evil.example"), address);
            assertTrue(kept.body().contains("http://127.0.0.1:" + port() + "/"), address + " uses the configured public address");
        }
    }

    @Test
    void everyKeptKindIsPublicNoCacheWithAValidator() {
        for (String address : List.of("/projects", "/fr/projects?country=AM", "/projects/mibma", "/projects/mibma/factsheet.pdf",
                "/timeline", "/countries/am", "/organisations/icmpd", "/regions/sahel", "/map", "/feed.atom", "/sitemap.xml",
                "/robots.txt", "/api/v1/projects", "/api/v1/projects/mibma", "/api/v1/organisations", "/api/v1/countries",
                "/api/openapi.json", "/iati/activities.xml", "/iati/activities/mibma.xml")) {
            HttpResponse<String> first = get(address);
            HttpResponse<String> kept = get(address);
            assertEquals("HIT", cacheOf(kept), address);
            for (HttpResponse<String> answer : List.of(first, kept)) {
                assertEquals(200, answer.statusCode(), address);
                assertEquals("public, no-cache", answer.headers().firstValue("Cache-Control").orElse(""),
                        address + ": kept by browsers and proxies, but asked for again each time (never stale)");
                assertTrue(answer.headers().firstValue("ETag").orElse("").startsWith("\""), address + " has a validator");
            }
        }
    }

    @Test
    void keptPagesAllowExactlyTheirInlineScriptsByHashAndRepeatNoNonce() {
        for (String address : List.of("/projects", "/fr/projects/mibma", "/ru/countries/am", "/organisations/icmpd",
                "/timeline", "/map")) {
            HttpResponse<String> first = get(address);
            HttpResponse<String> kept = get(address);
            assertEquals("HIT", cacheOf(kept), address);
            for (HttpResponse<String> answer : List.of(first, kept)) {
                String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
                assertFalse(policy.contains("'nonce-"), address + ": a kept page names no nonce: " + policy);
                assertFalse(answer.body().contains(" nonce="), address + ": no nonce attribute in a kept page");
                Matcher scriptSources = Pattern.compile("script-src ([^;]*)").matcher(policy);
                assertTrue(scriptSources.find(), policy);
                Set<String> allowed = new HashSet<>(List.of(scriptSources.group(1).strip().split(" ")));
                assertTrue(allowed.remove("'self'"), policy);
                Set<String> inline = InlineScripts.hashSources(answer.body());
                assertFalse(inline.isEmpty(), address + ": PrimeFaces writes its settings inline");
                assertEquals(inline, allowed, address + ": the policy allows exactly the page's inline scripts");
            }
            assertEquals(first.body(), kept.body(), address);
        }
        // a page rendered for one request (here: a visitor with a session) has a nonce of its own
        String one = get("/projects", "Cookie", "JSESSIONID=someone-signed-in").headers()
                .firstValue("Content-Security-Policy").orElse("");
        String other = get("/projects", "Cookie", "JSESSIONID=someone-signed-in").headers()
                .firstValue("Content-Security-Policy").orElse("");
        assertTrue(one.contains("'nonce-"), one);
        assertFalse(one.equals(other), "each rendered page has its own nonce");
    }

    @Test
    void signedInVisitorsOtherMethodsAndTheDeskPassByTheCache() {
        get("/projects");
        assertEquals("HIT", cacheOf(get("/projects")));
        assertEquals("none", cacheOf(get("/projects", "Cookie", "JSESSIONID=someone-signed-in")),
                "a request with a session is never answered from the cache");
        assertEquals("none", cacheOf(send("POST", "/projects")));
        assertEquals("none", cacheOf(get("/projects?unknown=1")), "an address with a parameter it does not read");
        assertEquals("none", cacheOf(get("/login")));
        assertEquals("none", cacheOf(get("/desk")));
        HttpResponse<String> json = get("/api/v1/projects/mibma");
        assertEquals(406, get("/api/v1/projects/mibma", "Accept", "text/html").statusCode(),
                "a kept JSON answer is not sent to a client that takes none");
        assertTrue(json.headers().allValues("Set-Cookie").isEmpty());
    }

    // --- HTTP ---

    private static int port() {
        return 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    private static String cacheOf(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache").orElse("none");
    }

    private static HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    private static HttpResponse<String> send(String method, String path, String... headers) {
        return exchange(method, path, HttpResponse.BodyHandlers.ofString(), headers);
    }

    private static HttpResponse<byte[]> bytes(String method, String path, String... headers) {
        return exchange(method, path, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    private static <T> HttpResponse<T> exchange(String method, String path, HttpResponse.BodyHandler<T> body,
                                                String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with a Host header of our choosing (the HTTP client would not send one), head and body as text. */
    private static String rawGet(String path, String host) {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(byte[] zipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstInLists() {
        return "Aa cache test " + UUID.randomUUID().toString().substring(0, 8);
    }
}
