package org.projectdesk.persistence.account;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    private final ClientAddress behindProxy = ClientAddress.trusting("10.0.0.5, 10.0.0.6");

    @Test
    void withoutTrustedProxiesTheConnectionCounts() {
        assertEquals("203.0.113.9", ClientAddress.trusting("").of("203.0.113.9", List.of("198.51.100.1")));
        assertEquals("203.0.113.9", ClientAddress.trusting(null).of("203.0.113.9", List.of()));
    }

    @Test
    void anUntrustedSenderCannotNameAnotherAddress() {
        assertEquals("203.0.113.9", behindProxy.of("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void behindATrustedProxyTheAddressItWroteCounts() {
        assertEquals("198.51.100.1", behindProxy.of("10.0.0.5", List.of("198.51.100.1")));
    }

    @Test
    void whatTheClientWroteBeforeTheProxyIsIgnored() {
        // the client sent "X-Forwarded-For: 192.0.2.66"; the proxy appended the real address
        assertEquals("198.51.100.1", behindProxy.of("10.0.0.5", List.of("192.0.2.66, 198.51.100.1")));
        assertEquals("198.51.100.1", behindProxy.of("10.0.0.5", List.of("192.0.2.66", "198.51.100.1")));
    }

    @Test
    void chainedTrustedProxiesAreSkipped() {
        assertEquals("198.51.100.1", behindProxy.of("10.0.0.5", List.of("192.0.2.66, 198.51.100.1, 10.0.0.6")));
    }

    @Test
    void garbageStopsTheWalkAtTheLastTrustedHop() {
        assertEquals("10.0.0.6", behindProxy.of("10.0.0.5", List.of("<script>, 10.0.0.6")));
        assertEquals("10.0.0.5", behindProxy.of("10.0.0.5", List.of("x\r\ny")));
        assertEquals("10.0.0.5", behindProxy.of("10.0.0.5", List.of()));
    }
}
