package org.projectdesk.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.testsupport.Deployments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drafts, revisions in review and unpublished entries never reach the API or the IATI export; a
 * published entry with an open draft shows its published revision only. Runs inside the server
 * (to store the entries) and reads the API over HTTP like any client.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class OnlyPublishedIT {

    private static final Actor IMPORTER = Actor.system("importer");
    private static final Actor EDITOR = Actor.of("it-editor", Role.EDITOR);
    private static final Actor REVIEWER = Actor.of("it-reviewer", Role.REVIEWER);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OnlyPublishedIT.class);
    }

    @Inject
    ProjectEntryRepository entries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserTransaction transaction;

    private ProjectContent complete(String title) {
        return ProjectContent.builder().title(LocalizedText.of(title)).objective(LocalizedText.of("Objective " + title))
                .duration(MonthRange.of(YearMonth.of(2020, 1), YearMonth.of(2021, 1)))
                .addCountry(CountryCode.of("FJ"))
                .addParticipation(Participation.lead(organisations.findBySlug(Slug.of("icmpd")).orElseThrow()))
                .build();
    }

    @Test
    void onlyPublishedRevisionsAreEverShown() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String draft = "it-draft-" + mark;
        String inReview = "it-review-" + mark;
        String unpublished = "it-unpublished-" + mark;
        String revised = "it-revised-" + mark;
        Instant now = Instant.now();
        transaction.begin();
        entries.store(ProjectEntry.create(Slug.of(draft), complete("Secret draft " + mark), EDITOR, now));
        ProjectEntry review = ProjectEntry.create(Slug.of(inReview), complete("Secret review " + mark), EDITOR, now);
        review.submitForReview(EDITOR, now);
        entries.store(review);
        ProjectEntry gone = ProjectEntry.imported(Slug.of(unpublished), complete("Secret unpublished " + mark), IMPORTER, now);
        gone.unpublish(REVIEWER, now, "taken offline");
        entries.store(gone);
        ProjectEntry changing = ProjectEntry.imported(Slug.of(revised), complete("Public title " + mark), IMPORTER, now);
        changing.startRevision(EDITOR, now);
        changing.editDraft(complete("Secret next title " + mark), EDITOR, now);
        entries.store(changing);
        transaction.commit();

        String fiji = get("/api/v1/projects?country=FJ&size=100").body();
        assertTrue(fiji.contains("\"slug\":\"" + revised + "\""), fiji);
        assertTrue(fiji.contains("Public title " + mark), fiji);
        for (String hidden : new String[]{draft, inReview, unpublished}) {
            assertFalse(fiji.contains(hidden), fiji);
            assertEquals(404, get("/api/v1/projects/" + hidden).statusCode(), hidden);
            assertEquals(404, get("/iati/activities/" + hidden + ".xml").statusCode(), hidden);
        }
        assertFalse(fiji.contains("Secret"), fiji);
        String searched = get("/api/v1/projects?q=secret+" + mark).body();
        assertTrue(searched.contains("\"total\":0"), searched);
        assertTrue(get("/api/v1/projects/" + revised).body().contains("Public title " + mark));

        String iati = get("/iati/activities.xml").body();
        assertTrue(iati.contains("-" + revised + "</iati-identifier>"), iati);
        assertFalse(iati.contains("Secret"), "no draft text in the IATI export");
        for (String hidden : new String[]{draft, inReview, unpublished}) {
            assertFalse(iati.contains(hidden), hidden);
        }
        int publishedInFiji = Integer.parseInt(fiji.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
        String countries = get("/api/v1/countries").body();
        assertTrue(countries.contains("{\"code\":\"FJ\",\"name\":\"Fiji\",\"projects\":" + publishedInFiji + "}"), countries);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
