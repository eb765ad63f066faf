package org.projectdesk.web.routing;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.web.search.QueryLimits;
import org.projectdesk.web.search.QueryParameters;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the public site's clean addresses onto its views, which live under {@code /WEB-INF/views}
 * and so cannot be requested by any other address. The language is the first path segment for
 * French and Russian ({@code /fr/projects}), none for English ({@code /projects}); the same prefix
 * works for the factsheet and the feed ({@code /ru/projects/mibma/factsheet.pdf}, {@code /fr/feed.atom}).
 * Every public page answers conditional requests (see {@link PublicCaching}), only GET and HEAD
 * (405 otherwise), and only queries within {@link QueryLimits} (400 otherwise).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PublicRoutes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute holding the {@link Language} the address asked for. */
    public static final String LANGUAGE_ATTRIBUTE = PublicRoutes.class.getName() + ".language";
    /** The request attribute holding the address without its language prefix, e.g. {@code /projects/mibma}. */
    public static final String PATH_ATTRIBUTE = PublicRoutes.class.getName() + ".path";
    /** The request attribute holding the slug or code the address names (project, organisation, country, region). */
    public static final String SUBJECT_ATTRIBUTE = PublicRoutes.class.getName() + ".subject";

    /** The public pages are read, never posted to. */
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    private static final List<String> QUERY_FACETS = List.of(QueryParameters.COUNTRY, QueryParameters.REGION,
            QueryParameters.DONOR, QueryParameters.ORGANISATION, QueryParameters.STATUS, QueryParameters.START_YEAR,
            QueryParameters.END_YEAR);
    private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^/(fr|ru)(/.*)?$");
    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final Pattern PROJECT = Pattern.compile("^/projects/" + SLUG + "/?$");
    private static final Pattern FACTSHEET = Pattern.compile("^/projects/" + SLUG + "/factsheet\\.pdf$");
    private static final Pattern COUNTRY = Pattern.compile("^/countries/([A-Za-z]{2})/?$");
    private static final Pattern ORGANISATION = Pattern.compile("^/organisations/" + SLUG + "/?$");
    private static final Pattern REGION = Pattern.compile("^/regions/" + SLUG + "/?$");

    @Inject
    private PublicCaching caching;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Language language = Language.DEFAULT;
        Matcher prefixed = LANGUAGE_PREFIX.matcher(path);
        if (prefixed.matches()) {
            language = Language.fromTag(prefixed.group(1)).orElseThrow();
            path = prefixed.group(2) == null ? "/" : prefixed.group(2);
        }
        if (path.equals("/")) {
            response.sendRedirect(request.getContextPath() + Links.projects(language));
            return;
        }
        Optional<Route> route = routeFor(path);
        if (route.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(LANGUAGE_ATTRIBUTE, language);
        request.setAttribute(PATH_ATTRIBUTE, path);
        if (!READ_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!QueryLimits.check(request.getQueryString(), request::getParameterValues, QUERY_FACETS,
                QueryParameters.TEXT).isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        route.get().named().ifPresent(subject -> request.setAttribute(SUBJECT_ATTRIBUTE, subject));
        if (route.get().cached() && caching.notModified(request, response)) {
            return;
        }
        request.getRequestDispatcher(route.get().target()).forward(request, response);
    }

    /** Where an address (without language prefix) goes, if it is one of the public site's. */
    private static Optional<Route> routeFor(String path) {
        switch (path) {
            case "/projects", "/projects/" -> {
                return Optional.of(new Route("/WEB-INF/views/projects/list.xhtml", null, true));
            }
            case "/timeline", "/timeline/" -> {
                return Optional.of(new Route("/WEB-INF/views/timeline/timeline.xhtml", null, true));
            }
            case "/map", "/map/" -> {
                return Optional.of(new Route("/WEB-INF/views/map/map.xhtml", null, true));
            }
            case "/feed.atom" -> {
                return Optional.of(new Route("/feed", null, false));
            }
            default -> {
                // the patterns below
            }
        }
        Matcher project = PROJECT.matcher(path);
        if (project.matches()) {
            return Optional.of(new Route("/WEB-INF/views/projects/project.xhtml?slug="
                    + URLEncoder.encode(project.group(1), StandardCharsets.UTF_8), project.group(1), true));
        }
        Matcher factsheet = FACTSHEET.matcher(path);
        if (factsheet.matches()) {
            return Optional.of(new Route("/factsheet", factsheet.group(1), false));
        }
        Matcher country = COUNTRY.matcher(path);
        if (country.matches()) {
            return Optional.of(new Route("/WEB-INF/views/countries/country.xhtml", country.group(1), true));
        }
        Matcher organisation = ORGANISATION.matcher(path);
        if (organisation.matches()) {
            return Optional.of(new Route("/WEB-INF/views/organisations/organisation.xhtml", organisation.group(1), true));
        }
        Matcher region = REGION.matcher(path);
        if (region.matches()) {
            return Optional.of(new Route("/WEB-INF/views/regions/region.xhtml", region.group(1), true));
        }
        return Optional.empty();
    }

    /**
     * @param target  the view or internal servlet that answers
     * @param subject the slug or code in the address
     * @param cached  whether conditional requests are answered here (the factsheet and feed answer them themselves)
     */
    private record Route(String target, String subject, boolean cached) {
        Optional<String> named() {
            return Optional.ofNullable(subject);
        }
    }
}
