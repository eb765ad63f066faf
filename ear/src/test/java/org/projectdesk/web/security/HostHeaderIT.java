package org.projectdesk.web.security;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.RawHttp;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request's {@code Host} header never reaches an answer: every absolute address in publicly
 * cacheable answers (API {@code self}/{@code page} and paging links, site map, feed, canonical and
 * {@code hreflang} links, JSON-LD, IATI document links) and the sign-in redirect comes from the
 * configured public base address, so a request naming another host cannot poison a cache or send
 * people elsewhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostHeaderIT {

    private static final String EVIL = "evil.example";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aForeignHostHeaderNeverComesBackInABody() {
        List<Executable> checks = new ArrayList<>();
        for (String path : List.of("/api/v1/projects", "/api/v1/projects?page=1&size=2", "/api/v1/projects/mibma",
                "/sitemap.xml", "/feed.atom", "/fr/feed.atom", "/projects", "/projects/mibma", "/ru/projects/mibma",
                "/timeline", "/countries/am", "/organisations/icmpd", "/iati/activities.xml",
                "/iati/activities/mibma.xml", "/robots.txt")) {
            String answer = RawHttp.get(path, EVIL);
            checks.add(() -> assertTrue(answer.startsWith("HTTP/1.1 200") || answer.startsWith("HTTP/1.0 200"),
                    () -> path + ": " + answer.lines().findFirst().orElse("")));
            checks.add(() -> assertFalse(answer.contains(EVIL), () -> path + " repeats the Host header: "
                    + answer.substring(Math.max(0, answer.indexOf(EVIL) - 200), Math.min(answer.length(), answer.indexOf(EVIL) + 50))));
        }
        assertAll(checks);
    }

    @Test
    void theSignInRedirectDoesNotFollowTheHostHeader() {
        for (String path : List.of("/desk", "/desk/queue", "/")) {
            String answer = RawHttp.get(path, EVIL);
            String location = answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                    .orElse("");
            assertTrue(answer.startsWith("HTTP/1.1 302") || answer.startsWith("HTTP/1.0 302"), path);
            assertFalse(location.contains(EVIL), () -> path + " redirects to " + location);
        }
    }
}
