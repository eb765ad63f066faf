package org.projectdesk.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginFilterTest {

    @Test
    void theSameHostAndPortIsTheSameSite() {
        assertTrue(SameOriginFilter.sameAuthority("http://127.0.0.1:8080", "127.0.0.1:8080"));
        assertTrue(SameOriginFilter.sameAuthority("https://Projects.Example.org/login?x=1", "projects.example.org"));
        assertTrue(SameOriginFilter.sameAuthority("https://projects.example.org", "projects.example.org:443"));
        assertTrue(SameOriginFilter.sameAuthority("http://[::1]:8080", "[::1]:8080"));
    }

    @Test
    void anyOtherSenderIsNot() {
        assertFalse(SameOriginFilter.sameAuthority("http://evil.example", "projects.example.org"));
        assertFalse(SameOriginFilter.sameAuthority("http://projects.example.org.evil.example", "projects.example.org"));
        assertFalse(SameOriginFilter.sameAuthority("http://127.0.0.1:9999", "127.0.0.1:8080"));
        assertFalse(SameOriginFilter.sameAuthority("null", "projects.example.org"));
        assertFalse(SameOriginFilter.sameAuthority("not a url at all", "projects.example.org"));
    }
}
