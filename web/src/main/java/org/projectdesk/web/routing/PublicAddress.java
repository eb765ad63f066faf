package org.projectdesk.web.routing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The public site's own address, e.g. {@code https://projects.example.org}, from which every
 * absolute address in a public answer is made: canonical and {@code hreflang} links, the site map,
 * robots.txt, the feed, the API's self, page and paging links, the IATI document links, the
 * factsheet's link. It is configured ({@code projectdesk.public.url}, a server property or the
 * environment variable {@code PROJECTDESK_PUBLIC_URL}) and never taken from a request's
 * {@code Host} header: public answers are cached and served to everyone, so one request naming
 * another host must not put that host into them. Without a setting it is
 * {@code http://localhost:} and the server's HTTP port (8080 plus the port offset).
 */
@ApplicationScoped
public class PublicAddress {

    static final String PROPERTY = "projectdesk.public.url";

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> configured;

    private String origin;

    @PostConstruct
    void resolve() {
        origin = configured.map(String::strip).filter(value -> !value.isEmpty())
                .map(PublicAddress::checked).orElseGet(PublicAddress::serverDefault);
    }

    /** The site's address without a trailing slash; public paths are appended to it. */
    public String origin() {
        return origin;
    }

    /** A public path ({@code /projects/mibma}) as an absolute address. */
    public String of(String path) {
        return origin + path;
    }

    private static String checked(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(trimmed);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalStateException(PROPERTY + " must be an http or https address without query, e.g. "
                        + "https://projects.example.org; it is " + value);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(PROPERTY + " is not an address: " + value, e);
        }
        return trimmed;
    }

    private static String serverDefault() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + port;
    }
}
