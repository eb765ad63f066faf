package org.projectdesk.persistence.audit;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.persistence.account.SignIns;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryFixtures;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail of a full review cycle (create, submit, request changes, edit, submit, approve,
 * unpublish), of sign-ins, and the admin's view of it: filters, pages, CSV; only admins read it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class AuditTrailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(AuditTrailIT.class, EntryFixtures.class);
    }

    @Inject
    Callers callers;

    @Inject
    EntryFixtures fixtures;

    @Inject
    EditorialService editorial;

    @Inject
    AuditQueries queries;

    @Inject
    SignIns signIns;

    @Inject
    Clock clock;

    @Test
    void aFullReviewCycleLeavesOneEventPerStepInOrder() {
        Instant before = clock.instant().minusSeconds(1);
        long id = fixtures.inReview();
        callers.get(Caller.REVIEWER, () -> editorial.requestChanges(id, fixtures.version(id), "Name the donors."));
        callers.get(Caller.AUTHOR, () -> editorial.saveDraft(id, fixtures.version(id),
                fixtures.content(fixtures.uniqueTitle())));
        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, fixtures.version(id)));
        callers.get(Caller.REVIEWER, () -> editorial.unpublish(id, fixtures.version(id), null));
        String slug = fixtures.slug(id);

        AuditFilter ofEntry = new AuditFilter(null, slug, AuditKind.WORKFLOW_STEP, before, null);
        List<String> steps = new ArrayList<>(callers.get(Caller.ADMIN, () -> queries.page(ofEntry, 0, 50)).events()
                .stream().map(e -> e.person().orElseThrow() + " " + e.detail().orElseThrow().split(" ")[0]).toList());
        Collections.reverse(steps);
        assertEquals(List.of("it-author CREATE", "it-author SUBMIT", "it-reviewer REQUEST_CHANGES", "it-author EDIT",
                "it-author SUBMIT", "it-reviewer APPROVE", "it-reviewer UNPUBLISH"), steps);

        AuditFilter reviewerOnly = new AuditFilter("IT-REVIEWER", slug, null, before, null);
        assertEquals(3, callers.get(Caller.ADMIN, () -> queries.page(reviewerOnly, 0, 50)).total());
        AuditFilter future = new AuditFilter(null, slug, null, clock.instant().plus(Duration.ofDays(1)), null);
        assertEquals(0, callers.get(Caller.ADMIN, () -> queries.page(future, 0, 50)).total());

        AuditResults firstPage = callers.get(Caller.ADMIN, () -> queries.page(ofEntry, 0, 3));
        assertEquals(3, firstPage.events().size());
        assertEquals(7, firstPage.total());
        assertEquals(3, firstPage.pages());
        assertTrue(firstPage.hasNext());
        assertEquals(1, callers.get(Caller.ADMIN, () -> queries.page(ofEntry, 2, 3)).events().size());

        StringWriter csv = new StringWriter();
        callers.as(Caller.ADMIN, () -> queries.exportCsv(ofEntry, csv));
        String[] lines = csv.toString().split("\r\n");
        assertEquals("time,kind,person,entry,detail", lines[0]);
        assertEquals(8, lines.length);
        assertTrue(lines[1].contains("\"WORKFLOW_STEP\",\"it-reviewer\",\"" + slug + "\",\"UNPUBLISH"), lines[1]);
    }

    @Test
    void signInFailuresAreRecorded() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        signIns.attempt(nobody, "wrong", "198.51.100.77");
        AuditFilter ofNobody = new AuditFilter(nobody, null, AuditKind.SIGN_IN_FAILED, null, null);
        AuditResults page = callers.get(Caller.ADMIN, () -> queries.page(ofNobody, 0, 10));
        assertEquals(1, page.total());
        assertTrue(page.events().get(0).detail().orElseThrow().contains("198.51.100.77"));
    }

    @Test
    void onlyAdminsReadTheTrail() {
        Outcome outcome = callers.as(Caller.REVIEWER, () -> queries.page(AuditFilter.everything(), 0, 10));
        assertEquals(Outcome.Kind.FORBIDDEN, outcome.kind());
    }
}
