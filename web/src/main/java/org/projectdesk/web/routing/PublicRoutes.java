package org.projectdesk.web.routing;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.domain.shared.Language;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the public site's clean addresses onto its views, which live under {@code /WEB-INF/views}
 * and so cannot be requested by any other address. The language is the first path segment for
 * French and Russian ({@code /fr/projects}), none for English ({@code /projects}).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PublicRoutes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute holding the {@link Language} the address asked for. */
    public static final String LANGUAGE_ATTRIBUTE = PublicRoutes.class.getName() + ".language";

    private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^/(fr|ru)(/.*)?$");
    private static final Pattern PROJECT = Pattern.compile("^/projects/([a-z0-9]+(?:-[a-z0-9]+)*)/?$");

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
        Optional<String> view = viewFor(path);
        if (view.isEmpty()) {
            if (path.equals("/")) {
                response.sendRedirect(request.getContextPath() + Links.projects(language));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(LANGUAGE_ATTRIBUTE, language);
        request.getRequestDispatcher(view.get()).forward(request, response);
    }

    private static Optional<String> viewFor(String path) {
        if (path.equals("/projects") || path.equals("/projects/")) {
            return Optional.of("/WEB-INF/views/projects/list.xhtml");
        }
        Matcher project = PROJECT.matcher(path);
        if (project.matches()) {
            return Optional.of("/WEB-INF/views/projects/project.xhtml?slug="
                    + URLEncoder.encode(project.group(1), StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }
}
