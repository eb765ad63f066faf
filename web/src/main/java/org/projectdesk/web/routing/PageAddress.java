package org.projectdesk.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.web.search.QueryLimits;

import java.util.Arrays;
import java.util.List;

/**
 * The current public page's address in every language, for the language switcher, the
 * {@code hreflang} alternates, the canonical link and Open Graph: the same path and query in
 * another language prefix.
 */
@Named
@RequestScoped
public class PageAddress {

    @Inject
    private HttpServletRequest request;

    @Inject
    private PublicAddress publicAddress;

    /** The path without language prefix, e.g. {@code /projects/mibma}; {@code /projects} outside the public routes. */
    public String getPath() {
        Object path = request.getAttribute(PublicRoutes.PATH_ATTRIBUTE);
        return path instanceof String p ? p : "/projects";
    }

    /**
     * The original query string with "?", or nothing; nothing on an error page too (its address is
     * the one that failed, perhaps for being too long to repeat in every link).
     */
    public String getQuery() {
        Object original = request.getAttribute("jakarta.servlet.forward.query_string");
        String query = original instanceof String q ? q : null;
        boolean errorPage = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
        return errorPage || query == null || query.isEmpty() || query.length() > QueryLimits.MAX_QUERY_LENGTH ? ""
                : "?" + query;
    }

    /** The site's origin, e.g. {@code https://projects.example.org}, for absolute addresses (configured, see {@link PublicAddress}). */
    public String getOrigin() {
        return publicAddress.origin();
    }

    /** This page (path and query) in another language, relative to the server. */
    public String in(Language language) {
        return request.getContextPath() + Links.inLanguage(language, getPath()) + getQuery();
    }

    /** This page in another language, absolute. */
    public String absoluteIn(Language language) {
        return publicAddress.of(Links.inLanguage(language, getPath()) + getQuery());
    }

    /** This page in the default language, for {@code hreflang="x-default"}. */
    public String getAbsoluteDefault() {
        return absoluteIn(Language.DEFAULT);
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }
}
