package org.projectdesk.persistence.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address of the person signing in, for throttling by address. Behind a reverse proxy every
 * request comes from the proxy, so the address it was forwarded for counts instead: but only when
 * the request comes from a proxy the server trusts (server property
 * {@code projectdesk.trusted-proxies}, a comma-separated list of addresses; none by default), and
 * only the part of {@code X-Forwarded-For} that trusted proxies wrote (read from the right, the
 * first address that is not a trusted proxy). Anyone else's {@code X-Forwarded-For} is ignored, so
 * nobody can lock out another address or escape a lock by naming one.
 */
public final class ClientAddress {

    /** Digits, hex letters, dots and colons: an IPv4 or IPv6 address as proxies write them. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private final Set<String> trustedProxies;

    private ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** The proxies named by the property's value (commas or spaces between them). */
    public static ClientAddress trusting(String trustedProxies) {
        return new ClientAddress(trustedProxies == null ? Set.of() : Arrays.stream(trustedProxies.split("[,\\s]+"))
                .map(String::strip).filter(value -> !value.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    /** The client's address, from the connection's address and the request's X-Forwarded-For headers. */
    public String of(String remoteAddress, Collection<String> forwardedForHeaders) {
        if (!trustedProxies.contains(remoteAddress) || forwardedForHeaders == null) {
            return remoteAddress;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            Arrays.stream(header.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).forEach(hops::add);
        }
        String client = remoteAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return client;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }
}
