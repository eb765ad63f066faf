package org.projectdesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Whether the site is served over HTTPS only (server property {@code projectdesk.secure-transport}):
 * then every answer carries {@code Strict-Transport-Security} and every cookie is {@code Secure}.
 * On by default; off by default for the demo run ({@code projectdesk.demo=true}), which is plain
 * HTTP on localhost. Behind a reverse proxy that ends TLS it stays on: the browser sees HTTPS.
 */
@ApplicationScoped
public class TransportSecurity {

    /** One year, subdomains included, as HSTS preload lists ask. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    @Inject
    @ConfigProperty(name = "projectdesk.secure-transport")
    Optional<Boolean> secureTransport;

    @Inject
    @ConfigProperty(name = "projectdesk.demo", defaultValue = "false")
    boolean demo;

    public boolean isHttpsOnly() {
        return decide(secureTransport, demo);
    }

    static boolean decide(Optional<Boolean> secureTransport, boolean demo) {
        return secureTransport.orElse(!demo);
    }
}
