package org.projectdesk.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The security headers of every answer (declared in web.xml for requests, forwards and error
 * pages): a Content-Security-Policy that allows scripts only from the site itself (no inline
 * script, no eval, no plugins, no {@code <base>}, no framing), {@code X-Content-Type-Options:
 * nosniff}, {@code Referrer-Policy: same-origin}, and HSTS when the site is HTTPS only
 * ({@link TransportSecurity}). Faces pages get the same policy from PrimeFaces' CSP mode
 * ({@code primefaces.CSP_POLICY} in web.xml), which adds the page's nonce to {@code script-src} for
 * the scripts PrimeFaces writes: that header then replaces the one set here, rather than both
 * applying.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String CSP = "Content-Security-Policy";
    /** The policy of every answer; keep in step with {@code primefaces.CSP_POLICY} in web.xml. */
    public static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'";

    @Inject
    private TransportSecurity transport;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (transport.isHttpsOnly()) {
            response.setHeader("Strict-Transport-Security", TransportSecurity.STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response instanceof OnePolicy ? response : new OnePolicy(response));
    }

    /** A response on which a later Content-Security-Policy replaces the earlier one. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
