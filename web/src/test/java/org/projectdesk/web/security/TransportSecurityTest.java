package org.projectdesk.web.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransportSecurityTest {

    @Test
    void productionIsHttpsOnlyUnlessToldOtherwise() {
        assertTrue(TransportSecurity.decide(Optional.empty(), false));
        assertFalse(TransportSecurity.decide(Optional.of(false), false));
    }

    @Test
    void theDemoRunIsPlainHttpUnlessToldOtherwise() {
        assertFalse(TransportSecurity.decide(Optional.empty(), true));
        assertTrue(TransportSecurity.decide(Optional.of(true), true));
    }
}
