package org.projectdesk.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.persistence.publicview.PublicContentVersion;
import org.projectdesk.web.security.SecurityHeadersFilter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Answers the public site's GET and HEAD requests from finished answers kept in memory
 * ({@link PublicResponses}), before Faces, the servlets or JAX-RS run: every public page in every
 * language, the factsheets, the feed, the site map, robots.txt, the IATI files and the JSON API
 * (the addresses of {@link CacheableAddress}). The first request for an address makes the answer
 * as usual; it is kept with its gzip form (made once, not per request), a strong ETag and its
 * headers, and the public content version it was made under. A kept answer is sent while that
 * version is current; a publication, an unpublication or a change of reference data makes it
 * stale at once (see {@link PublicContentVersion}), so nothing is served stale and nothing
 * expires by time. {@code If-None-Match} is answered 304.
 * <p>
 * Never answered from or kept in the cache: requests other than GET and HEAD, requests of a
 * signed-in person (a session cookie) or with credentials, the desk and the sign-in page (not
 * cacheable addresses), addresses with parameters they do not read, and any answer that is not a
 * plain 200, sets a cookie, opens a session or says {@code private} or {@code no-store}.
 * Declared first in web.xml, so it runs before the public routes.
 */
public class ResponseCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ResponseCacheFilter.class.getName());
    private static final String GZIP = "gzip";
    /** Smaller bodies are sent as they are: compressing them saves nothing. */
    private static final int MIN_COMPRESSED = 512;
    private static final long WAIT_FOR_OTHER_SECONDS = 30;
    /** Headers the cache sets itself, or that must never be repeated to another visitor. */
    private static final Set<String> NOT_KEPT = Set.of("content-length", "content-encoding", "content-type", "etag",
            "set-cookie", "date", "transfer-encoding", "connection", "vary", "x-cache");
    private static final Set<String> CONDITIONAL = Set.of("if-none-match", "if-modified-since", "if-match",
            "if-unmodified-since", "if-range");

    @Inject
    private PublicResponses responses;

    @Inject
    private PublicContentVersion version;

    @Override
    public void init() {
        // kept answers are then sent before the request reaches the servlets (KeptAnswerExtension)
        getServletContext().setAttribute(KeptAnswers.ATTRIBUTE, new KeptAnswers(responses, version));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean head = "HEAD".equals(request.getMethod());
        if (!head && !"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null
                || request.getHeader("Authorization") != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CacheableAddress> cacheable = CacheableAddress.of(
                request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString());
        if (cacheable.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        CacheableAddress address = cacheable.get();
        boolean gzip = accepts(request.getHeader("Accept-Encoding"), GZIP);
        String key = address.key() + (gzip ? " gzip" : " identity");

        CachedAnswer kept = responses.find(key);
        if (kept != null) {
            if (version.isCurrent(kept.stamp(), address.project())) {
                if (acceptable(request.getHeader("Accept"), kept.contentType())) {
                    send(kept, request, response, "HIT");
                } else {
                    chain.doFilter(request, response);
                }
                return;
            }
            responses.forget(key);
        }
        if (head) {
            chain.doFilter(request, response);
            return;
        }
        CachedAnswer sibling = responses.find(address.key() + (gzip ? " identity" : " gzip"));
        if (sibling != null && version.isCurrent(sibling.stamp(), address.project())
                && acceptable(request.getHeader("Accept"), sibling.contentType())) {
            // the other coding of the same answer is kept: this one is made from it, so both are the same body
            CachedAnswer derived = inCoding(sibling, gzip);
            responses.keep(key, derived);
            send(derived, request, response, "HIT");
            return;
        }
        PublicResponses.Making making = responses.startMaking(key);
        if (!making.mine()) {
            CachedAnswer other = waitFor(making);
            if (other != null && version.isCurrent(other.stamp(), address.project())
                    && acceptable(request.getHeader("Accept"), other.contentType())) {
                send(other, request, response, "HIT");
                return;
            }
        }
        CachedAnswer made = null;
        try {
            made = make(address, gzip, request, response, chain);
        } finally {
            if (making.mine()) {
                responses.made(key, making, made);
            }
        }
        if (made != null) {
            responses.keep(key, made);
        }
    }

    /** Makes the answer (the page, feed or resource writes it), sends it, and returns it if it may be kept. */
    private CachedAnswer make(CacheableAddress address, boolean gzip, HttpServletRequest request,
                              HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        // the version is read before the answer is made: a change committed meanwhile makes it stale
        PublicContentVersion.Stamp stamp = address.project() == null ? version.ofCollections()
                : version.ofProject(address.project());
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(new Unconditional(request), capture);
        if (capture.handedOver()) {
            return null;
        }
        byte[] body = capture.body();
        String contentType = response.getContentType();
        boolean keepable = response.getStatus() == HttpServletResponse.SC_OK && !capture.setCookies()
                && request.getSession(false) == null && !privateOrNoStore(response.getHeader("Cache-Control"));
        if (!keepable) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return null;
        }
        body = withoutNonce(body, contentType, response);
        String etag = etagOf(body);
        String encoding = null;
        byte[] sent = body;
        if (gzip && body.length >= MIN_COMPRESSED && compressible(contentType)) {
            sent = gzipped(body);
            encoding = GZIP;
            etag = etag + "-" + GZIP;
        }
        CachedAnswer answer = new CachedAnswer(sent, encoding, contentType, headersOf(response),
                "\"" + etag + "\"", stamp);
        send(answer, request, response, "MISS");
        return answer;
    }

    /**
     * A page whose policy allows its scripts by this request's nonce, as it is kept and sent to
     * everyone: its inline scripts allowed by their hashes instead ({@link KeptScripts}).
     */
    private static byte[] withoutNonce(byte[] body, String contentType, HttpServletResponse response) {
        String policy = response.getHeader(SecurityHeadersFilter.CSP);
        if (contentType == null || !contentType.startsWith("text/html") || !KeptScripts.namesNonce(policy)) {
            return body;
        }
        String encoding = response.getCharacterEncoding();
        Charset charset = encoding == null || !Charset.isSupported(encoding) ? StandardCharsets.UTF_8
                : Charset.forName(encoding);
        KeptScripts.Page kept = KeptScripts.keptForm(new String(body, charset), policy);
        response.setHeader(SecurityHeadersFilter.CSP, kept.policy());
        return kept.html().getBytes(charset);
    }

    /** The same answer in the other content coding: gzip made from the plain body, or the plain body unzipped. */
    private static CachedAnswer inCoding(CachedAnswer answer, boolean gzip) throws IOException {
        if (gzip && answer.encoding() == null && answer.body().length >= MIN_COMPRESSED
                && compressible(answer.contentType())) {
            String etag = answer.etag().substring(0, answer.etag().length() - 1) + "-" + GZIP + "\"";
            return new CachedAnswer(gzipped(answer.body()), GZIP, answer.contentType(), answer.headers(), etag,
                    answer.stamp());
        }
        if (!gzip && GZIP.equals(answer.encoding())) {
            String etag = answer.etag().replace("-" + GZIP + "\"", "\"");
            return new CachedAnswer(gunzipped(answer.body()), null, answer.contentType(), answer.headers(), etag,
                    answer.stamp());
        }
        return answer;
    }

    private static void send(CachedAnswer answer, HttpServletRequest request, HttpServletResponse response,
                             String cacheStatus) throws IOException {
        if (!"MISS".equals(cacheStatus)) {
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            for (Map.Entry<String, String> header : answer.headers()) {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setHeader("ETag", answer.etag());
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("X-Cache", cacheStatus);
        if (answer.encoding() != null) {
            response.setHeader("Content-Encoding", answer.encoding());
        }
        if (matches(request.getHeader("If-None-Match"), answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(answer.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(answer.body());
        }
    }

    private static CachedAnswer waitFor(PublicResponses.Making making) {
        try {
            return making.future().get(WAIT_FOR_OTHER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "Waiting for another request's answer failed", e);
            return null;
        }
    }

    private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
                }
            }
        }
        return List.copyOf(headers);
    }

    static boolean privateOrNoStore(String cacheControl) {
        if (cacheControl == null) {
            return false;
        }
        String lower = cacheControl.toLowerCase(Locale.ROOT);
        return lower.contains("private") || lower.contains("no-store");
    }

    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml");
    }

    /** Whether an {@code Accept-Encoding} header accepts a coding (q above 0, or {@code *}). */
    static boolean accepts(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String name = pieces[0].strip().toLowerCase(Locale.ROOT);
            if ((name.equals(coding) || name.equals("*")) && quality(pieces) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether an {@code Accept} header takes this content type (no header takes everything). */
    static boolean acceptable(String accept, String contentType) {
        if (accept == null || accept.isBlank() || contentType == null) {
            return true;
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean covers = range.equals("*/*") || range.equals(type)
                    || range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1));
            if (covers && quality(pieces) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** A strong validator of a body: its SHA-256, shortened (as the API's own ETags). */
    static String etagOf(byte[] body) {
        return HexFormat.of().formatHex(sha256(body), 0, 16);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] gzipped(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    static byte[] gunzipped(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped), 8192)) {
            return in.readAllBytes();
        }
    }

    /** The request without its conditional headers: the answer to keep is always made in full. */
    private static final class Unconditional extends HttpServletRequestWrapper {

        Unconditional(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return conditional(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return conditional(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (String name : Collections.list(super.getHeaderNames())) {
                if (!conditional(name)) {
                    names.add(name);
                }
            }
            return Collections.enumeration(names);
        }

        @Override
        public long getDateHeader(String name) {
            return conditional(name) ? -1 : super.getDateHeader(name);
        }

        private static boolean conditional(String name) {
            return name != null && CONDITIONAL.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
