package org.projectdesk.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.projectdesk.domain.shared.LogText;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses (403) a form post to the sign-in page or the desk that a browser sent from another site
 * (login CSRF and cross-site desk steps): its {@code Origin} header, or without one its
 * {@code Referer}, must name this site's host. Browsers send {@code Origin} with every cross-site
 * POST ({@code null} from an opaque or privacy-restricted origin, refused too); a request with
 * neither header does not come from a browser page, so nobody's session can be ridden with it.
 * Faces' view state is not relied on for this: the sign-in view is saved per request, and a post
 * without view state is treated as a first visit rather than refused.
 */
@WebFilter(urlPatterns = {"/login", "/desk", "/desk/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || isSameSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " to " + LogText.of(
                request.getRequestURI()) + " from " + LogText.of(sender(request)));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    static boolean isSameSite(HttpServletRequest request) {
        String sender = sender(request);
        if (sender == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && sameAuthority(sender, host);
    }

    private static String sender(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin != null ? origin : request.getHeader("Referer");
    }

    /** Whether the address (an origin or a whole URL) names the host (and port) of the {@code Host} header. */
    static boolean sameAuthority(String address, String host) {
        try {
            URI uri = new URI(address.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            String expected = host.strip().toLowerCase(Locale.ROOT);
            return authority.equals(expected) || authority.equals(withoutDefaultPort(expected));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host) {
        return host.endsWith(":80") || host.endsWith(":443") ? host.substring(0, host.lastIndexOf(':')) : host;
    }
}
