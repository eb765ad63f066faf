package org.projectdesk.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An ajax step on a desk page after the session ended is sent to the sign-in page (Jakarta
 * Security's redirect, which the browser follows with the ajax headers). Rendered as a partial
 * response, the sign-in page would replace the page's view state and nothing would be shown. This
 * answers such a request with an empty partial response marked {@value #HEADER}, so the page keeps
 * what was typed and tells the person (resources/projectdesk/js/session-ended.js).
 */
@WebFilter(urlPatterns = "/login", dispatcherTypes = DispatcherType.REQUEST)
public class SessionEndedAjaxFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The response header that tells a desk page its step met the sign-in page. */
    public static final String HEADER = "X-ProjectDesk-Sign-In";

    private static final byte[] EMPTY_PARTIAL_RESPONSE =
            "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><changes></changes></partial-response>"
                    .getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        answerSignInRequired(response);
    }

    /** The empty partial response that tells a desk page its step needs signing in again. */
    static void answerSignInRequired(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader(HEADER, "required");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(EMPTY_PARTIAL_RESPONSE.length);
        response.getOutputStream().write(EMPTY_PARTIAL_RESPONSE);
    }
}
