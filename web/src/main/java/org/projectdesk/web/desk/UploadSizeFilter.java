package org.projectdesk.web.desk;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * Turns away an upload too large to read before the server reads it, and sends the editor back to
 * the import page, which says how large the file was and how large it may be. Without it, a file
 * beyond the server's request limit (WildFly's {@code max-post-size}, 10 MB) would end in an error
 * page. Smaller files that are still above the import's own limit are read and refused by the
 * import with the same message.
 *
 * <p>Limit: {@code projectdesk.upload.max-request-bytes} (default 8 MiB), kept below the
 * server's request limit and at or above {@code projectdesk.import.max-bytes}.
 */
@WebFilter(urlPatterns = "/desk/import", dispatcherTypes = DispatcherType.REQUEST)
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadSizeFilter.class.getName());

    @Inject
    @ConfigProperty(name = "projectdesk.upload.max-request-bytes", defaultValue = "8388608")
    long maxRequestBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if ("POST".equals(request.getMethod()) && length > maxRequestBytes) {
            LOG.info(() -> "Refused an upload of " + length + " bytes by " + request.getRemoteUser()
                    + " (at most " + maxRequestBytes + ")");
            response.setHeader("Connection", "close");
            response.sendRedirect(request.getContextPath() + "/desk/import?refused=" + length);
            return;
        }
        chain.doFilter(request, response);
    }
}
