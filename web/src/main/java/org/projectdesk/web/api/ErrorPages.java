package org.projectdesk.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where the server's error answers go (web.xml error pages): for an API or IATI address a problem
 * details body, like every other error of the API, also when the request failed before the API saw
 * it (an address the server cannot decode, such as {@code /api/v1/projects/%C0%AF}); for any other
 * address the site's own error page. Requested directly, it answers 404 and shows nothing.
 */
@WebServlet("/error-page/*")
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The site's error pages by status; others get the server error page. */
    private static final Map<Integer, String> PAGES = Map.of(
            400, "/WEB-INF/errorpages/400.xhtml",
            403, "/WEB-INF/errorpages/403.xhtml",
            404, "/WEB-INF/errorpages/404.xhtml",
            405, "/WEB-INF/errorpages/405.xhtml",
            503, "/WEB-INF/errorpages/503.xhtml");
    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad request", 403, "Forbidden", 404, "Not found", 405, "Method not allowed",
            500, "Internal server error", 503, "Service unavailable");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(status instanceof Integer code)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String u ? u.substring(Math.min(u.length(), request.getContextPath().length())) : "";
        if (path.startsWith("/api/") || path.startsWith("/iati/")) {
            problem(response, code);
            return;
        }
        request.getRequestDispatcher(PAGES.getOrDefault(code, "/WEB-INF/errorpages/500.xhtml")).forward(request, response);
    }

    private static void problem(HttpServletResponse response, int code) throws IOException {
        String detail = code == HttpServletResponse.SC_BAD_REQUEST
                ? "The request's address or headers cannot be read (for example, its address is not valid UTF-8 once decoded)."
                : null;
        String body = JsonBodies.write(new Problem("about:blank", TITLES.getOrDefault(code, "Error"), code, detail,
                null, null));
        response.setStatus(code);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body);
    }
}
