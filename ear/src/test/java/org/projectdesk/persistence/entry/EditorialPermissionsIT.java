package org.projectdesk.persistence.entry;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.projectdesk.domain.entry.CommentRequiredException;
import org.projectdesk.domain.entry.DraftAlreadyOpenException;
import org.projectdesk.domain.entry.FourEyesViolationException;
import org.projectdesk.domain.entry.IllegalTransitionException;
import org.projectdesk.domain.entry.NotReadyForReviewException;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.DomainException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.testsupport.Caller.ADMIN;
import static org.projectdesk.testsupport.Caller.ADMIN_AUTHOR;
import static org.projectdesk.testsupport.Caller.ANONYMOUS;
import static org.projectdesk.testsupport.Caller.AUTHOR;
import static org.projectdesk.testsupport.Caller.EDITOR;
import static org.projectdesk.testsupport.Caller.REVIEWER;

/**
 * The permission matrix of the editorial service, through the real container checks: every
 * workflow step tried as anonymous, an editor, a reviewer, an administrator and the entry's author
 * (and, for approval, an administrator who submitted it: four eyes), each on a fresh entry in the
 * state the step starts from. A refusal must leave the entry exactly as it was.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class EditorialPermissionsIT {

    /** What a caller should get: done, refused by role (403), or refused by a rule. */
    private record Expected(Outcome.Kind kind, Class<? extends DomainException> refusal) {
        static final Expected DONE = new Expected(Outcome.Kind.DONE, null);
        static final Expected FORBIDDEN = new Expected(Outcome.Kind.FORBIDDEN, null);

        static Expected refused(Class<? extends DomainException> refusal) {
            return new Expected(Outcome.Kind.REFUSED, refusal);
        }

        boolean matches(Outcome outcome) {
            return outcome.kind() == kind && (refusal == null || refusal.isInstance(outcome.refusal()));
        }

        @Override
        public String toString() {
            return refusal == null ? kind.name() : "REFUSED(" + refusal.getSimpleName() + ")";
        }
    }

    /** A step on an entry: the service call with the entry's id and the version the caller saw. */
    @FunctionalInterface
    private interface Step {
        void take(long id, long version);
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(EditorialPermissionsIT.class, EntryFixtures.class);
    }

    @Inject
    Callers callers;

    @Inject
    EditorialService editorial;

    @Inject
    EntryFixtures fixtures;

    @Test
    void create() {
        List<Executable> checks = new ArrayList<>();
        for (var row : matrix(Expected.FORBIDDEN, Expected.DONE, Expected.FORBIDDEN, Expected.DONE, Expected.DONE).entrySet()) {
            String title = fixtures.uniqueTitle();
            ProjectContent content = fixtures.content(title);
            long before = fixtures.count();
            Outcome outcome = callers.as(row.getKey(), () -> editorial.create(content, null));
            long after = fixtures.count();
            checks.add(() -> assertTrue(row.getValue().matches(outcome), "create as " + row.getKey() + ": " + outcome));
            checks.add(() -> assertEquals(row.getValue() == Expected.DONE ? before + 1 : before, after,
                    "entries after create as " + row.getKey()));
        }
        assertAll(checks);
    }

    @Test
    void editDraft() {
        ProjectContent changed = fixtures.content("Edited " + fixtures.uniqueTitle()).toBuilder()
                .objective(LocalizedText.of("A changed objective.")).build();
        verify("edit", fixtures::draft, (id, version) -> editorial.saveDraft(id, version, changed),
                matrix(Expected.FORBIDDEN, Expected.DONE, Expected.FORBIDDEN, Expected.DONE, Expected.DONE));
    }

    @Test
    void submitForReview() {
        verify("submit", fixtures::draft, (id, version) -> editorial.submitForReview(id, version),
                matrix(Expected.FORBIDDEN, Expected.DONE, Expected.FORBIDDEN, Expected.DONE, Expected.DONE));
    }

    @Test
    void anIncompleteDraftIsNotSubmitted() {
        LongSupplier titleOnly = () -> callers.get(AUTHOR, () -> editorial.create(
                ProjectContent.builder().title(fixtures.uniqueTitle()).build(), null)).id();
        verify("submit incomplete", titleOnly, (id, version) -> editorial.submitForReview(id, version),
                Map.of(AUTHOR, Expected.refused(NotReadyForReviewException.class)));
    }

    @Test
    void withdrawFromReview() {
        verify("withdraw", fixtures::inReview, (id, version) -> editorial.withdrawFromReview(id, version),
                matrix(Expected.FORBIDDEN, Expected.DONE, Expected.FORBIDDEN, Expected.DONE, Expected.DONE));
    }

    @Test
    void discardDraft() {
        verify("discard", fixtures::draft, (id, version) -> editorial.discardDraft(id, version),
                matrix(Expected.FORBIDDEN, Expected.DONE, Expected.FORBIDDEN, Expected.DONE, Expected.DONE));
    }

    @Test
    void approve() {
        verify("approve", fixtures::inReview, (id, version) -> editorial.approve(id, version),
                matrix(Expected.FORBIDDEN, Expected.FORBIDDEN, Expected.DONE, Expected.DONE, Expected.FORBIDDEN));
    }

    @Test
    void whoEditedOrSubmittedARevisionCannotApproveItWhateverTheirRoles() {
        verify("approve own", () -> fixtures.inReview(ADMIN_AUTHOR), (id, version) -> editorial.approve(id, version),
                Map.of(ADMIN_AUTHOR, Expected.refused(FourEyesViolationException.class),
                        ADMIN, Expected.DONE));
    }

    @Test
    void aDraftCannotBeApprovedBeforeItIsSubmitted() {
        verify("approve draft", fixtures::draft, (id, version) -> editorial.approve(id, version),
                Map.of(REVIEWER, Expected.refused(IllegalTransitionException.class),
                        ADMIN, Expected.refused(IllegalTransitionException.class)));
    }

    @Test
    void requestChanges() {
        verify("request changes", fixtures::inReview,
                (id, version) -> editorial.requestChanges(id, version, "Please name the regions."),
                matrix(Expected.FORBIDDEN, Expected.FORBIDDEN, Expected.DONE, Expected.DONE, Expected.FORBIDDEN));
    }

    @Test
    void requestingChangesNeedsAComment() {
        verify("request changes without comment", fixtures::inReview,
                (id, version) -> editorial.requestChanges(id, version, "  "),
                Map.of(REVIEWER, Expected.refused(CommentRequiredException.class),
                        ADMIN, Expected.refused(CommentRequiredException.class)));
    }

    @Test
    void unpublish() {
        verify("unpublish", fixtures::published, (id, version) -> editorial.unpublish(id, version, "IT"),
                matrix(Expected.FORBIDDEN, Expected.FORBIDDEN, Expected.DONE, Expected.DONE, Expected.FORBIDDEN));
    }

    @Test
    void republish() {
        verify("republish", fixtures::unpublished, (id, version) -> editorial.republish(id, version),
                matrix(Expected.FORBIDDEN, Expected.FORBIDDEN, Expected.DONE, Expected.DONE, Expected.FORBIDDEN));
    }

    @Test
    void aPublishedEntryIsNotRepublished() {
        verify("republish published", fixtures::published, (id, version) -> editorial.republish(id, version),
                Map.of(REVIEWER, Expected.refused(IllegalTransitionException.class)));
    }

    @Test
    void startRevision() {
        verify("start revision", fixtures::published, (id, version) -> editorial.startRevision(id, version),
                matrix(Expected.FORBIDDEN, Expected.DONE, Expected.FORBIDDEN, Expected.DONE, Expected.DONE));
    }

    @Test
    void atMostOneDraftIsOpen() {
        verify("start second revision", fixtures::publishedWithDraft,
                (id, version) -> editorial.startRevision(id, version),
                Map.of(EDITOR, Expected.refused(DraftAlreadyOpenException.class),
                        AUTHOR, Expected.refused(DraftAlreadyOpenException.class)));
        verify("restore while a draft is open", fixtures::publishedWithDraft,
                (id, version) -> editorial.restore(id, version, 1),
                Map.of(AUTHOR, Expected.refused(DraftAlreadyOpenException.class)));
    }

    @Test
    void restore() {
        verify("restore", fixtures::published, (id, version) -> editorial.restore(id, version, 1),
                matrix(Expected.FORBIDDEN, Expected.DONE, Expected.FORBIDDEN, Expected.DONE, Expected.DONE));
    }

    @Test
    void aStepOnAnOutdatedVersionIsRefused() {
        verify("submit outdated", fixtures::draft, (id, version) -> editorial.submitForReview(id, version - 1),
                Map.of(AUTHOR, Expected.refused(EditConflictException.class)));
    }

    @Test
    void anUnknownEntryIsRefused() {
        Outcome outcome = callers.as(REVIEWER, () -> editorial.approve(Long.MAX_VALUE, 0));
        assertTrue(outcome.isRefusedWith(UnknownEntryException.class), outcome::toString);
    }

    // --- the matrix ---

    private static Map<Caller, Expected> matrix(Expected anonymous, Expected editor, Expected reviewer, Expected admin,
                                                Expected author) {
        Map<Caller, Expected> matrix = new LinkedHashMap<>();
        matrix.put(ANONYMOUS, anonymous);
        matrix.put(EDITOR, editor);
        matrix.put(REVIEWER, reviewer);
        matrix.put(ADMIN, admin);
        matrix.put(AUTHOR, author);
        return matrix;
    }

    /** Tries the step as each caller on a fresh entry; checks the outcome, and that a refusal changed nothing. */
    private void verify(String name, LongSupplier fixture, Step step, Map<Caller, Expected> expectations) {
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<Caller, Expected> row : expectations.entrySet()) {
            long id = fixture.getAsLong();
            long version = fixtures.version(id);
            String before = fixtures.snapshot(id);
            Outcome outcome = callers.as(row.getKey(), () -> step.take(id, version));
            String after = fixtures.snapshot(id);
            String what = name + " as " + row.getKey() + " (expected " + row.getValue() + ")";
            checks.add(() -> assertTrue(row.getValue().matches(outcome), what + ": " + outcome));
            if (row.getValue().kind() == Outcome.Kind.DONE) {
                checks.add(() -> assertNotEquals(before, after, what + " changed nothing"));
            } else {
                checks.add(() -> assertEquals(before, after, what + " changed the entry"));
            }
        }
        assertAll(name, checks);
    }
}
