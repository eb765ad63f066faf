package org.projectdesk.domain.review;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Slug;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewThreadTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Actor EDITOR = Actor.of("bob", Role.EDITOR);
    private static final Actor REVIEWER = Actor.of("carol", Role.REVIEWER);
    private static final Actor NOBODY = Actor.of("frank");

    private static Revision draft() {
        ProjectContent content = ProjectContent.builder().title("Border Management Programme in Central Asia").build();
        return ProjectEntry.create(Slug.of("bomca"), content, EDITOR, T0).revision(1);
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void aThreadOnTheDonorsIsAnsweredAndResolved() {
        ReviewThread thread = ReviewThread.open(draft(), CommentAnchor.of("donors"), REVIEWER, at(1),
                "  Which instrument funds this?  ");
        thread.answer(EDITOR, at(2), "The ENPI; added.");
        thread.resolve(REVIEWER, at(3));

        assertEquals("donors", thread.anchor().orElseThrow().key());
        assertEquals(ContentField.PARTICIPATIONS, thread.anchor().orElseThrow().field());
        assertEquals(List.of("carol", "bob"), thread.messages().stream().map(ThreadMessage::author).toList());
        assertEquals("Which instrument funds this?", thread.messages().get(0).text());
        assertEquals("carol", thread.openedBy());
        assertTrue(thread.isResolved());
        assertFalse(thread.isChangeable());
        assertEquals(at(3), thread.resolvedAt().orElseThrow());
    }

    @Test
    void aResolvedThreadTakesNoMoreAnswers() {
        ReviewThread thread = ReviewThread.open(draft(), null, REVIEWER, at(1), "General remark");
        thread.resolve(EDITOR, at(2));

        ThreadClosedException refused = assertThrows(ThreadClosedException.class,
                () -> thread.answer(EDITOR, at(3), "More"));
        assertEquals("error.comment.resolved", refused.messageKey());
        assertEquals(1, thread.messages().size());
        assertTrue(thread.anchor().isEmpty());
    }

    @Test
    void onlyEditorsAndReviewersComment() {
        assertThrows(CommentNotPermittedException.class,
                () -> ReviewThread.open(draft(), null, NOBODY, at(1), "Hello"));
        assertThrows(CommentNotPermittedException.class,
                () -> ReviewThread.open(draft(), null, Actor.system("importer"), at(1), "Hello"));
        ReviewThread thread = ReviewThread.open(draft(), null, Actor.of("dave", Role.ADMIN), at(1), "Hello");
        assertThrows(CommentNotPermittedException.class, () -> thread.resolve(NOBODY, at(2)));
        assertFalse(thread.isResolved());
    }

    @Test
    void aPublishedRevisionKeepsItsThreadsAsTheyAre() {
        ProjectEntry entry = ProjectEntry.imported(Slug.of("bomca"),
                ProjectContent.builder().title("Border Management Programme in Central Asia").build(),
                Actor.system("importer"), T0);
        ThreadClosedException refused = assertThrows(ThreadClosedException.class,
                () -> ReviewThread.open(entry.revision(1), null, REVIEWER, at(1), "Too late"));
        assertEquals("error.comment.revisionClosed", refused.messageKey());
    }

    @Test
    void anEmptyOrOverlongCommentIsRefused() {
        assertThrows(InvalidValueException.class, () -> ReviewThread.open(draft(), null, REVIEWER, at(1), " \u0000 "));
        assertThrows(InvalidValueException.class, () -> ReviewThread.open(draft(), null, REVIEWER, at(1),
                "x".repeat(ReviewThread.MAX_TEXT_LENGTH + 1)));
    }

    @Test
    void theOrganisationsArePointedAtByTheirPartAndEveryOtherFieldByItsName() {
        assertEquals("donors", CommentAnchor.forRole(ParticipationRole.DONOR).key());
        assertEquals(ContentField.values().length - 1 + ParticipationRole.values().length, CommentAnchor.values().size());
        for (ContentField field : ContentField.values()) {
            if (field != ContentField.PARTICIPATIONS) {
                assertEquals(field, CommentAnchor.of(field.key()).field());
            }
        }
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> CommentAnchor.of("budget"));
        assertEquals("error.comment.unknownField", refused.messageKey());
    }
}
