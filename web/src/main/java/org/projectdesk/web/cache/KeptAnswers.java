package org.projectdesk.web.cache;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import org.projectdesk.persistence.publicview.PublicContentVersion;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a kept, current answer straight from the server's I/O thread, before the request is
 * dispatched to the servlet container (see {@link KeptAnswerExtension}): the same decisions as
 * {@link ResponseCacheFilter} makes for a kept answer, without the per-request cost of the
 * servlet machinery, sign-in mechanism and CDI request context, which a kept answer does not
 * need. Anything else (no kept answer, a stale one, a request the cache must not answer) goes on
 * to the servlet container, where the filter makes and keeps the answer.
 */
final class KeptAnswers {

    /** The servlet context attribute under which the filter leaves this for the I/O-thread handler. */
    static final String ATTRIBUTE = KeptAnswers.class.getName();

    private static final HttpString X_CACHE = new HttpString("X-Cache");
    private static final String SESSION_COOKIE = "JSESSIONID=";

    private final PublicResponses responses;
    private final PublicContentVersion version;

    KeptAnswers(PublicResponses responses, PublicContentVersion version) {
        this.responses = responses;
        this.version = version;
    }

    /** Sends the kept answer for this request and returns true, or returns false to let the servlets answer. */
    boolean answer(HttpServerExchange exchange, String contextPath) {
        HttpString method = exchange.getRequestMethod();
        boolean head = Methods.HEAD.equals(method);
        if (!head && !Methods.GET.equals(method)) {
            return false;
        }
        HeaderMap request = exchange.getRequestHeaders();
        String cookies = request.getFirst(Headers.COOKIE);
        if (cookies != null && cookies.contains(SESSION_COOKIE) || request.contains(Headers.AUTHORIZATION)) {
            return false;
        }
        String uri = exchange.getRequestURI();
        if (!uri.startsWith(contextPath + "/")) {
            return false;
        }
        String query = exchange.getQueryString();
        Optional<CacheableAddress> address = CacheableAddress.of(uri.substring(contextPath.length()),
                query == null || query.isEmpty() ? null : query);
        if (address.isEmpty()) {
            return false;
        }
        boolean gzip = ResponseCacheFilter.accepts(request.getFirst(Headers.ACCEPT_ENCODING), "gzip");
        CachedAnswer kept = responses.find(address.get().key() + (gzip ? " gzip" : " identity"));
        if (kept == null || !version.isCurrent(kept.stamp(), address.get().project())
                || !ResponseCacheFilter.acceptable(request.getFirst(Headers.ACCEPT), kept.contentType())) {
            return false;
        }
        HeaderMap response = exchange.getResponseHeaders();
        if (kept.contentType() != null) {
            response.put(Headers.CONTENT_TYPE, kept.contentType());
        }
        for (Map.Entry<String, String> header : kept.headers()) {
            response.add(HttpString.tryFromString(header.getKey()), header.getValue());
        }
        response.put(Headers.ETAG, kept.etag());
        response.put(Headers.VARY, "Accept-Encoding");
        response.put(X_CACHE, "HIT");
        if (kept.encoding() != null) {
            response.put(Headers.CONTENT_ENCODING, kept.encoding());
        }
        String ifNoneMatch = request.contains(Headers.IF_NONE_MATCH)
                ? String.join(",", request.get(Headers.IF_NONE_MATCH)) : null;
        if (ResponseCacheFilter.matches(ifNoneMatch, kept.etag())) {
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return true;
        }
        response.put(Headers.CONTENT_LENGTH, kept.body().length);
        if (head) {
            exchange.endExchange();
        } else {
            exchange.getResponseSender().send(ByteBuffer.wrap(kept.body()));
        }
        return true;
    }
}
