package org.projectdesk.web.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.persistence.publicview.PublishedProjects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * HTTP caching of the public pages: each answer carries an ETag made of the public content's
 * fingerprint ({@link PublishedProjects#contentVersion()}) and today's date (statuses such as
 * "ongoing" change with the date), and {@code Cache-Control: no-cache}, so browsers and proxies
 * keep pages but ask each time; a request whose {@code If-None-Match} still matches is answered 304
 * without rendering anything. A publication changes the fingerprint, so its new content is served at once.
 */
@ApplicationScoped
public class PublicCaching {

    public static final String CACHE_CONTROL = "public, no-cache";

    @Inject
    private PublishedProjects publishedProjects;

    @Inject
    Clock clock;

    /** The current ETag of the public content (quoted, strong). */
    public String etag(String variant) {
        return "\"" + publishedProjects.contentVersion() + "-" + LocalDate.now(clock) + (variant == null ? "" : "-" + variant) + "\"";
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
