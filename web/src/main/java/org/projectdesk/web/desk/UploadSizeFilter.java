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
import java.io.OutputStream;
import java.util.logging.Logger;

/**
 * Turns away an upload too large to import before the page parses it, and sends the editor back to
 * the import page, which says how large the file was and how large it may be. Without it, a file
 * beyond the server's request limit (WildFly's {@code max-post-size}, 10 MB) would end in an error
 * page. Smaller files that are still above the import's own limit are read and refused by the
 * import with the same message.
 *
 * <p>The refused body is read to its end and dropped (up to the server's request limit) before the
 * answer: a connection closed with data still unread is reset, and the reset can reach the
 * browser before the answer, which it then never shows ("connection reset" instead of the page).
 * Only a body the server will not read at all ends with the connection closed.
 *
 * <p>Limit: {@code projectdesk.upload.max-request-bytes} (default 8 MiB), kept below the
 * server's request limit and at or above {@code projectdesk.import.max-bytes}.
 */
@WebFilter(urlPatterns = "/desk/import", dispatcherTypes = DispatcherType.REQUEST)
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadSizeFilter.class.getName());
    /**
     * The most of a request body the server reads: WildFly's {@code max-post-size}, which web.xml
     * also gives the Faces servlet as its multipart request size.
     */
    private static final long SERVER_REQUEST_LIMIT = 10L * 1024 * 1024;

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
            if (length > SERVER_REQUEST_LIMIT || !dropped(request)) {
                response.setHeader("Connection", "close");
            }
            response.sendRedirect(request.getContextPath() + "/desk/import?refused=" + length);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads the refused body to its end and drops it; false when it cannot be read to its end. */
    private static boolean dropped(HttpServletRequest request) {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            LOG.info(() -> "The refused upload could not be read to its end: " + e);
            return false;
        }
    }
}
