package org.projectdesk.persistence.entry;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.CommentRequiredException;
import org.projectdesk.domain.entry.FourEyesViolationException;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decisions on several entries at once: each entry is decided on its own through the same rules as
 * one by one, and the outcome is reported per entry, so that a refusal (four eyes, changed
 * meanwhile, no comment) neither stops nor hides the others.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class BulkDecisionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(BulkDecisionsIT.class, EntryFixtures.class);
    }

    @Inject
    Callers callers;

    @Inject
    BulkDecisions bulk;

    @Inject
    EditorialService editorial;

    @Inject
    EditorialQueries queries;

    @Inject
    EntryFixtures fixtures;

    private RevisionState state(long id) {
        return callers.get(Caller.EDITOR, () -> queries.details(id)).state();
    }

    @Test
    void approvesWhatMayBeApprovedAndSaysWhyNotForTheRest() {
        long fine = fixtures.inReview();
        long own = fixtures.inReview(Caller.ADMIN_AUTHOR);
        long changed = fixtures.inReview();
        long seen = fixtures.version(changed);
        callers.get(Caller.AUTHOR, () -> editorial.withdrawFromReview(changed, seen));
        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(changed, fixtures.version(changed)));

        Map<Long, Long> chosen = new LinkedHashMap<>();
        chosen.put(own, fixtures.version(own));
        chosen.put(fine, fixtures.version(fine));
        chosen.put(changed, seen);
        List<BulkOutcome> outcomes = callers.get(Caller.ADMIN_AUTHOR, () -> bulk.decide(BulkDecision.APPROVE, chosen, null));

        assertEquals(List.of(own, fine, changed), outcomes.stream().map(BulkOutcome::entryId).toList(), "in the order chosen");
        assertInstanceOf(FourEyesViolationException.class, outcomes.get(0).refusal(), "four eyes");
        assertTrue(outcomes.get(1).isDone());
        assertNull(outcomes.get(1).refusal());
        assertInstanceOf(EditConflictException.class, outcomes.get(2).refusal(), "changed meanwhile");
        assertEquals(RevisionState.IN_REVIEW, state(own));
        assertEquals(RevisionState.PUBLISHED, state(fine));
        assertEquals(RevisionState.IN_REVIEW, state(changed));
    }

    @Test
    void requestsChangesAndUnpublishesEntryByEntry() {
        long inReview = fixtures.inReview();
        long published = fixtures.published();
        List<BulkOutcome> withoutComment = callers.get(Caller.REVIEWER, () -> bulk.decide(BulkDecision.REQUEST_CHANGES,
                Map.of(inReview, fixtures.version(inReview)), " "));
        assertInstanceOf(CommentRequiredException.class, withoutComment.get(0).refusal());

        Map<Long, Long> both = new LinkedHashMap<>();
        both.put(inReview, fixtures.version(inReview));
        both.put(published, fixtures.version(published));
        List<BulkOutcome> sentBack = callers.get(Caller.REVIEWER,
                () -> bulk.decide(BulkDecision.REQUEST_CHANGES, both, "Please add the target groups."));
        assertTrue(sentBack.get(0).isDone());
        assertTrue(sentBack.get(1).refusal() != null, "a published entry cannot be sent back");
        assertEquals(RevisionState.DRAFT, state(inReview));

        List<BulkOutcome> unpublished = callers.get(Caller.REVIEWER, () -> bulk.decide(BulkDecision.UNPUBLISH,
                Map.of(published, fixtures.version(published)), "Project closed"));
        assertTrue(unpublished.get(0).isDone());
        assertEquals(RevisionState.ARCHIVED, state(published));

        Outcome editor = callers.as(Caller.EDITOR, () -> bulk.decide(BulkDecision.APPROVE, Map.of(), null));
        assertEquals(Outcome.Kind.FORBIDDEN, editor.kind(), "only reviewers decide");
    }
}
