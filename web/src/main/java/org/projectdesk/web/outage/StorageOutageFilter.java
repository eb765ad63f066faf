package org.projectdesk.web.outage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.persistence.storage.StorageFailure;

import java.io.IOException;
import java.util.Optional;

/**
 * The outermost filter (first in web.xml): a request that fails because the storage failed is
 * answered 503 Service Unavailable with {@code Retry-After}, which the container renders as the
 * error page {@code /WEB-INF/errorpages/503.xhtml} in the language the address asked for — never a
 * stack trace, never a 500. The API answers its own 503 problem ({@code ProblemMappers}); desk steps
 * refused this way keep the form (see {@link StorageOutageExceptionHandler}).
 */
public class StorageOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            Optional<StorageFailure> outage = StorageFailure.of(e);
            if (outage.isEmpty() || response.isCommitted()) {
                throw e;
            }
            StorageOutages.report(outage.get(), e);
            unavailable(response);
        }
    }

    /** Answers 503 with the error page; the response must not be committed yet. */
    static void unavailable(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", StorageOutages.RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("ETag", null);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
