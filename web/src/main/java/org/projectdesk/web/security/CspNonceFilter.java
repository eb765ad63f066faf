package org.projectdesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;

/**
 * A form post that does not carry its page's CSP nonce (PrimeFaces' script sends it with every
 * post; a forged or scripted post does not) is a bad request (400), not a server error: PrimeFaces
 * refuses it with a {@link CspException} before anything is rendered. Declared in web.xml for the
 * Faces servlet.
 */
public class CspNonceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (causedByCsp(e) && !response.isCommitted()) {
                response.resetBuffer();
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            throw e;
        }
    }

    private static boolean causedByCsp(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
