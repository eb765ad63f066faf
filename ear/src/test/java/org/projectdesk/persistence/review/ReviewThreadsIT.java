package org.projectdesk.persistence.review;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.CommentRequiredException;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.review.ThreadClosedException;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryFixtures;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Comment threads on a revision: a reviewer comments on the donors, the editor answers, the thread
 * is resolved; open threads stand in for the general comment when changes are requested; a
 * resolution never passes over an answer written meanwhile; threads stay with the revision in the
 * history, unchangeable once it is published; every message is announced once committed.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ReviewThreadsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(ReviewThreadsIT.class, EntryFixtures.class, CommentLog.class);
    }

    @Inject
    Callers callers;

    @Inject
    ReviewThreads threads;

    @Inject
    EditorialService editorial;

    @Inject
    EditorialQueries queries;

    @Inject
    EntryFixtures fixtures;

    @Inject
    CommentLog log;

    @Test
    void aThreadOnTheDonorsIsAnsweredResolvedAndKeptWithTheRevision() {
        long id = fixtures.inReview();
        ThreadView opened = callers.get(Caller.REVIEWER, () -> threads.open(id, "donors", "Which instrument funds this?"));
        assertEquals("donors", opened.anchor());
        assertEquals(1, opened.revisionNumber());

        callers.get(Caller.REVIEWER, () -> editorial.requestChanges(id, fixtures.version(id), "  "));
        assertEquals(RevisionState.DRAFT, callers.get(Caller.AUTHOR, () -> queries.details(id)).state(),
                "an open thread stands in for the general comment");

        ThreadView seen = callers.get(Caller.AUTHOR, () -> threads.ofEntry(id)).get(0);
        callers.get(Caller.AUTHOR, () -> threads.answer(seen.id(), "The European Commission, through the ENPI."));
        Outcome stale = callers.as(Caller.REVIEWER, () -> threads.resolve(seen.id(), seen.version()));
        assertTrue(stale.isRefusedWith(ThreadChangedMeanwhileException.class), "resolving passes over no answer: " + stale);

        ThreadView answered = callers.get(Caller.REVIEWER, () -> threads.ofEntry(id)).get(0);
        assertEquals(List.of("it-reviewer", "it-author"), answered.messages().stream().map(ThreadView.Message::author).toList());
        ThreadView resolved = callers.get(Caller.AUTHOR, () -> threads.resolve(answered.id(), answered.version()));
        assertTrue(resolved.resolved());
        assertEquals("it-author", resolved.resolvedBy());

        Outcome late = callers.as(Caller.REVIEWER, () -> threads.answer(resolved.id(), "One more thing"));
        assertTrue(late.isRefusedWith(ThreadClosedException.class), late::toString);

        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));
        Outcome noComment = callers.as(Caller.REVIEWER, () -> editorial.requestChanges(id, fixtures.version(id), null));
        assertTrue(noComment.isRefusedWith(CommentRequiredException.class), "resolved threads do not count: " + noComment);
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, fixtures.version(id)));

        ThreadView kept = callers.get(Caller.EDITOR, () -> threads.ofEntry(id)).get(0);
        assertEquals(2, kept.messages().size(), "the thread stays with the published revision");
        assertFalse(kept.changeable());
        Outcome closed = callers.as(Caller.REVIEWER, () -> threads.open(id, null, "Too late for revision 1"));
        assertTrue(closed.isRefusedWith(ThreadClosedException.class), closed::toString);

        List<CommentAdded> announced = log.ofThread(opened.id());
        assertEquals(2, announced.size(), "each committed message is announced once");
        assertFalse(announced.get(0).answer());
        assertEquals("donors", announced.get(0).anchor());
        assertTrue(announced.get(1).answer());
        assertEquals("it-author", announced.get(1).author());
        assertEquals(List.of("it-reviewer", "it-author"), announced.get(1).participants());
    }

    @Test
    void aRefusedCommentIsNeitherStoredNorAnnounced() {
        long id = fixtures.inReview();
        Outcome unknownField = callers.as(Caller.REVIEWER, () -> threads.open(id, "budget", "How much?"));
        Outcome empty = callers.as(Caller.REVIEWER, () -> threads.open(id, "donors", "   "));
        Outcome anonymous = callers.as(Caller.ANONYMOUS, () -> threads.open(id, null, "Hello"));

        assertTrue(unknownField.isRefusedWith(InvalidValueException.class), unknownField::toString);
        assertTrue(empty.isRefusedWith(InvalidValueException.class), empty::toString);
        assertEquals(Outcome.Kind.FORBIDDEN, anonymous.kind());
        assertEquals(List.of(), callers.get(Caller.EDITOR, () -> threads.ofEntry(id)));
        ThreadView general = callers.get(Caller.EDITOR, () -> threads.open(id, "", "A general remark"));
        assertNull(general.anchor());
    }
}
