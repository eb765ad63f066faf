package org.projectdesk.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the body a page, feed or API resource writes, instead of sending it, so that the response
 * cache can store it (and its compressed form) and then send it itself. Headers and status go to
 * the real response as usual; errors and redirects ({@code sendError}, {@code sendRedirect}) too,
 * and such an answer is left to the container and not kept.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean handedOver;
    private boolean cookies;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether the answer went to the container as an error or a redirect (nothing to send or keep). */
    boolean handedOver() {
        return handedOver;
    }

    /** Whether the answer set a cookie (never kept). */
    boolean setCookies() {
        return cookies;
    }

    /** The body written so far. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("The response cache writes synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws UnsupportedEncodingException {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            String encoding = getCharacterEncoding();
            if (encoding == null) {
                encoding = StandardCharsets.ISO_8859_1.name();
            }
            writer = new PrintWriter(new OutputStreamWriter(body, encoding));
        }
        return writer;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        handedOver = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        handedOver = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        handedOver = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookies = true;
        super.addCookie(cookie);
    }

    // the length and commitment are the cache's business: it sends the body itself

    @Override
    public void setContentLength(int len) {
        // the cache sets the length of what it sends
    }

    @Override
    public void setContentLengthLong(long len) {
        // the cache sets the length of what it sends
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addIntHeader(name, value);
        }
    }

    @Override
    public void setBufferSize(int size) {
        // everything is kept until the end
    }

    @Override
    public int getBufferSize() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return handedOver || super.isCommitted();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }
}
