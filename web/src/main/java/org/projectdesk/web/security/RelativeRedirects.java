package org.projectdesk.web.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

import java.util.Locale;

/**
 * Redirects never repeat the request's {@code Host} header: a {@code Location} that points at the
 * address the request came in on (which the server, and Jakarta Security's sign-in redirect, build
 * from {@code Host}) is sent as the path alone ({@code Location: /login}), which browsers resolve
 * against the address they asked. A request naming another host therefore cannot send people
 * there, and nobody is moved from the address they use to another name of the same site (their
 * session cookie would stay behind). Installed in front of the servlet container (Undertow's
 * initial handler chain, registered in {@code META-INF/services}), so it also sees the redirects
 * the security mechanism sends before any filter runs.
 */
public class RelativeRedirects implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(RelativeRedirects::wrap);
    }

    private static HttpHandler wrap(HttpHandler next) {
        return exchange -> {
            exchange.addResponseCommitListener(RelativeRedirects::relativise);
            next.handleRequest(exchange);
        };
    }

    private static void relativise(HttpServerExchange exchange) {
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        if (location != null) {
            String relative = relative(location, exchange.getRequestScheme() + "://" + exchange.getHostAndPort());
            if (!relative.equals(location)) {
                exchange.getResponseHeaders().put(Headers.LOCATION, relative);
            }
        }
    }

    /** The location without the request's own origin when it starts with it; else unchanged. */
    static String relative(String location, String requestOrigin) {
        String origin = requestOrigin.toLowerCase(Locale.ROOT);
        String start = location.length() >= origin.length()
                ? location.substring(0, origin.length()).toLowerCase(Locale.ROOT) : "";
        if (!start.equals(origin)) {
            return location;
        }
        String rest = location.substring(origin.length());
        if (rest.isEmpty()) {
            return "/";
        }
        // a port or a longer host name continuing the origin is another address: leave it
        return rest.startsWith("/") && !rest.startsWith("//") ? rest
                : rest.startsWith("?") ? "/" + rest : location;
    }
}
