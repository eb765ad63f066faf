package org.projectdesk.web.seo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.web.routing.PublicAddress;
import org.projectdesk.web.routing.PublicCaching;

import java.io.IOException;

/**
 * {@code /robots.txt}: the public pages are open to crawlers; the editorial desk and the technical
 * addresses are not; the site map is named.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", PublicCaching.CACHE_CONTROL);
        response.getWriter().write("""
                User-agent: *
                Allow: /
                Disallow: /desk/
                Disallow: /login

                Sitemap: %s/sitemap.xml
                """.formatted(publicAddress.origin()));
    }
}
