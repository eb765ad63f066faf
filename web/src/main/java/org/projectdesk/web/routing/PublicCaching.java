package org.projectdesk.web.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.persistence.publicview.PublicContentVersion;

import java.util.Arrays;

/**
 * HTTP caching of the public pages rendered for a request the server's response cache does not
 * answer (see {@link org.projectdesk.web.cache.ResponseCacheFilter}, e.g. for a signed-in editor):
 * each answer carries an ETag made of the public content's version ({@link PublicContentVersion}:
 * memory look-ups, including today's date, since statuses such as "ongoing" change with it) and
 * {@code Cache-Control: no-cache}, so browsers and proxies keep pages but ask each time; a request
 * whose {@code If-None-Match} still matches is answered 304 without rendering anything. A
 * publication changes the version, so its new content is served at once.
 */
@ApplicationScoped
public class PublicCaching {

    public static final String CACHE_CONTROL = "public, no-cache";

    @Inject
    private PublicContentVersion version;

    /** The current ETag of the public content (quoted, strong). */
    public String etag(String variant) {
        return "\"" + version.ofCollections().text() + (variant == null ? "" : "-" + variant) + "\"";
    }

    /**
     * Sets the caching headers; true (and a 304 sent) when the client's copy is current. Only GET
     * and HEAD are answered from the client's copy.
     */
    public boolean notModified(HttpServletRequest request, HttpServletResponse response) {
        return notModified(request, response, null);
    }

    public boolean notModified(HttpServletRequest request, HttpServletResponse response, String variant) {
        String etag = etag(variant);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Encoding");
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (safe && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
