package org.projectdesk.testsupport;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;

/**
 * Added to the web module by a test ({@code SessionSizeIT}), never shipped: answers, for the
 * caller's own session, how many bytes each attribute takes when serialized (what a cluster
 * replicates after a request), one {@code name bytes} line per attribute (and, for a map, its
 * entries and theirs), then {@code total bytes}.
 */
@WebServlet("/desk/test-session-size")
public class SessionSizeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder lines = new StringBuilder();
        long total = 0;
        if (session != null) {
            for (String name : Collections.list(session.getAttributeNames())) {
                Object value = session.getAttribute(name);
                long bytes = serializedSize(value);
                total += bytes;
                lines.append(name).append(' ').append(bytes).append('\n');
                if (value instanceof Map<?, ?> map) {
                    // a map of views (Faces' kept states, view scopes): how many, and how many within
                    lines.append(name).append(".entries ").append(map.size()).append('\n');
                    long inner = map.values().stream().filter(Map.class::isInstance)
                            .mapToLong(views -> ((Map<?, ?>) views).size()).sum();
                    lines.append(name).append(".innerEntries ").append(inner).append('\n');
                }
            }
        }
        lines.append("total ").append(total).append('\n');
        response.getWriter().write(lines.toString());
    }

    private static long serializedSize(Object value) throws IOException {
        Counting counting = new Counting();
        try (ObjectOutputStream out = new ObjectOutputStream(counting)) {
            out.writeObject(value);
        }
        return counting.count;
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
