package org.projectdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The server the integration tests run against (started by Arquillian), seen from outside. */
public final class TestServer {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private TestServer() {
    }

    /** An address on the server: from the test JVM (its port given by the build) or from inside the server. */
    public static String url(String path) {
        Integer port = Integer.getInteger("projectdesk.http.port");
        if (port == null) {
            // inside the server: its HTTP port moved by the offset it was started with
            port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        }
        return "http://127.0.0.1:" + port + path;
    }

    public static HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    /** A request with another method (and no body), e.g. OPTIONS or POST. */
    public static HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
