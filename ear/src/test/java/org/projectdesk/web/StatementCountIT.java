package org.projectdesk.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.persistence.publicview.PublicContentChanged;
import org.projectdesk.testsupport.Deployments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How many SQL statements a public page or API answer costs when it is made (not served from the
 * response cache): a fixed bound each, whatever the number of projects it shows, so a query per
 * project (N+1) fails here. Counted by Hibernate's statistics, which only the test server gathers
 * ({@code -Dprojectdesk.statistics=true}), server-wide: an answer over the bound is made again,
 * and the fewest of its makings counts. A kept answer costs none.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    /** The most statements one public answer may take to make. */
    static final int BOUND = 12;

    /** An answer over the bound is made again, up to this many times in all; the fewest counts. */
    private static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(StatementCountIT.class.getName());
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(StatementCountIT.class);
    }

    @PersistenceUnit(unitName = "projectdesk")
    EntityManagerFactory emf;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Test
    void everyPublicAnswerTakesAFewStatementsAndAKeptOneNone() throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "the test server gathers statistics");
        List<String> addresses = List.of("/projects", "/projects?size=100", "/fr/projects?q=border&country=AM",
                "/projects?donor=eu&status=ONGOING&sort=start-desc", "/projects/mibma", "/ru/projects/bomca",
                "/timeline", "/countries/am", "/organisations/icmpd", "/feed.atom", "/sitemap.xml",
                "/projects/mibma/factsheet.pdf", "/api/v1/projects", "/api/v1/projects?size=100&lang=fr",
                "/api/v1/projects/mibma", "/api/v1/organisations", "/api/v1/countries",
                "/iati/activities.xml", "/iati/activities/mibma.xml");
        for (String address : addresses) {
            get(address); // warms the reference data caches, as on any running server
        }
        publicChanges.fire(PublicContentChanged.everything());

        Map<String, Long> made = new LinkedHashMap<>();
        List<String> over = new ArrayList<>();
        for (String address : addresses) {
            // Hibernate counts the whole server's statements: work in the background (a scheduled
            // step, the search indexer) can fall into one measurement, never into three in a row,
            // while a query per project costs the same every time
            long statements = Long.MAX_VALUE;
            for (int attempt = 0; attempt < ATTEMPTS && statements > BOUND; attempt++) {
                if (attempt > 0) {
                    publicChanges.fire(PublicContentChanged.everything());
                }
                long before = statistics.getPrepareStatementCount();
                HttpResponse<String> answer = get(address);
                statements = Math.min(statements, statistics.getPrepareStatementCount() - before);
                assertEquals(200, answer.statusCode(), address);
                assertEquals("MISS", answer.headers().firstValue("X-Cache").orElse(""), address);
            }
            made.put(address, statements);
            if (statements > BOUND) {
                over.add(address + ": " + statements);
            }
        }
        LOG.info(() -> "Statements per public answer made afresh: " + made);
        assertTrue(over.isEmpty(), "more than " + BOUND + " statements: " + over + " (all: " + made + ")");

        for (String address : addresses) {
            long statements = Long.MAX_VALUE;
            for (int attempt = 0; attempt < ATTEMPTS && statements > 0; attempt++) {
                long before = statistics.getPrepareStatementCount();
                HttpResponse<String> kept = get(address);
                statements = Math.min(statements, statistics.getPrepareStatementCount() - before);
                assertEquals("HIT", kept.headers().firstValue("X-Cache").orElse(""), address);
            }
            assertEquals(0, statements, address + " kept costs no statement");
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
