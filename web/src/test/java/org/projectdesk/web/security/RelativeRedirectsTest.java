package org.projectdesk.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeRedirectsTest {

    @Test
    void aLocationOnTheRequestsOwnAddressBecomesItsPath() {
        assertEquals("/login", RelativeRedirects.relative("http://evil.example/login", "http://evil.example"));
        assertEquals("/desk/entry?id=3", RelativeRedirects.relative("HTTP://Evil.Example:8080/desk/entry?id=3",
                "http://evil.example:8080"));
        assertEquals("/", RelativeRedirects.relative("http://evil.example", "http://evil.example"));
        assertEquals("/?a=1", RelativeRedirects.relative("http://evil.example?a=1", "http://evil.example"));
    }

    @Test
    void otherAddressesAndRelativeOnesStayAsTheyAre() {
        assertEquals("https://projects.example.org/login",
                RelativeRedirects.relative("https://projects.example.org/login", "http://evil.example"));
        assertEquals("http://evil.example.org/x", RelativeRedirects.relative("http://evil.example.org/x", "http://evil.example"));
        assertEquals("http://evil.example:81/x", RelativeRedirects.relative("http://evil.example:81/x", "http://evil.example"));
        assertEquals("/projects", RelativeRedirects.relative("/projects", "http://evil.example"));
        assertEquals("http://evil.example//other.example/",
                RelativeRedirects.relative("http://evil.example//other.example/", "http://evil.example"));
    }
}
