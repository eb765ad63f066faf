package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.domain.entry.Fixtures.ALICE;
import static org.projectdesk.domain.entry.Fixtures.BOB;
import static org.projectdesk.domain.entry.Fixtures.CAROL;
import static org.projectdesk.domain.entry.Fixtures.DAVE;
import static org.projectdesk.domain.entry.Fixtures.ERIN;
import static org.projectdesk.domain.entry.Fixtures.IMPORTER;
import static org.projectdesk.domain.entry.Fixtures.at;
import static org.projectdesk.domain.entry.RevisionState.ARCHIVED;
import static org.projectdesk.domain.entry.RevisionState.DRAFT;
import static org.projectdesk.domain.entry.RevisionState.IN_REVIEW;
import static org.projectdesk.domain.entry.RevisionState.PUBLISHED;

class ProjectEntryTest {

    private static String steps(ProjectEntry entry) {
        return String.join("\n", entry.history().stream()
                .map(t -> t.revisionNumber() + " " + t.action() + " " + t.fromState().map(Enum::name).orElse("-")
                        + ">" + t.toState() + " by " + t.actor() + t.comment().map(c -> " \"" + c + "\"").orElse(""))
                .toList());
    }

    @Nested
    class Creating {

        @Test
        void createsAnEntryWhoseFirstRevisionIsADraft() {
            ProjectEntry entry = ProjectEntry.create(Slug.of("mibma"), Fixtures.mibma(), BOB, at(0));

            assertEquals(Slug.of("mibma"), entry.slug());
            assertEquals("bob", entry.createdBy());
            assertEquals(at(0), entry.createdAt());
            assertEquals(1, entry.revisions().size());
            Revision first = entry.revision(1);
            assertEquals(DRAFT, first.state());
            assertEquals("bob", first.createdBy());
            assertEquals("bob", first.lastEditedBy());
            assertEquals(OptionalInt.empty(), first.basedOn());
            assertEquals(Fixtures.mibma(), first.content());
            assertSame(first, entry.openDraft().orElseThrow());
            assertTrue(entry.publishedRevision().isEmpty());
            assertFalse(entry.isPublic());
            assertEquals("1 CREATE ->DRAFT by bob", steps(entry));
        }

        @Test
        void aDraftMayBeIncomplete() {
            ProjectEntry entry = ProjectEntry.create(Slug.of("bomca"), Fixtures.titleOnly(), BOB, at(0));
            assertEquals(DRAFT, entry.revision(1).state());
        }

        @Test
        void importedEntriesArePublishedAtOnceByTheImporter() {
            ProjectEntry entry = ProjectEntry.imported(Slug.of("bomca"), Fixtures.titleOnly(), IMPORTER, at(0));

            assertTrue(entry.isPublic());
            Revision first = entry.publishedRevision().orElseThrow();
            assertEquals(PUBLISHED, first.state());
            assertEquals("importer", first.createdBy());
            assertEquals("importer", first.publishedBy().orElseThrow());
            assertTrue(entry.openDraft().isEmpty());
            assertEquals("1 IMPORT ->PUBLISHED by importer", steps(entry));
        }

        @Test
        void onlyTheSystemImportsAndTheSystemDoesNotCreate() {
            assertThrows(ActionNotPermittedException.class,
                    () -> ProjectEntry.imported(Slug.of("x"), Fixtures.mibma(), DAVE, at(0)));
            assertThrows(ActionNotPermittedException.class,
                    () -> ProjectEntry.create(Slug.of("x"), Fixtures.mibma(), IMPORTER, at(0)));
            assertThrows(ActionNotPermittedException.class,
                    () -> ProjectEntry.create(Slug.of("x"), Fixtures.mibma(), CAROL, at(0)));
        }
    }

    @Nested
    class Editing {

        @Test
        void editingReplacesTheDraftContentAndRecordsWhoEdited() {
            ProjectEntry entry = Fixtures.draft();
            ProjectContent changed = Fixtures.mibma().toBuilder().notes(LocalizedText.of("Second phase planned")).build();

            assertTrue(entry.editDraft(changed, BOB, at(5)));

            Revision draft = entry.openDraft().orElseThrow();
            assertEquals(changed, draft.content());
            assertEquals("bob", draft.lastEditedBy());
            assertEquals(at(5), draft.lastEditedAt());
            assertEquals("alice", draft.createdBy());
            assertEquals("1 CREATE ->DRAFT by alice\n1 EDIT DRAFT>DRAFT by bob", steps(entry));
        }

        @Test
        void savingUnchangedContentChangesNothing() {
            ProjectEntry entry = Fixtures.draft();
            assertFalse(entry.editDraft(Fixtures.mibma(), BOB, at(5)));
            assertEquals("alice", entry.revision(1).lastEditedBy());
            assertEquals(1, entry.history().size());
        }

        @Test
        void theStoredContentIsACopy() {
            ProjectEntry entry = Fixtures.draft();
            ProjectContent content = Fixtures.titleOnly();
            entry.editDraft(content, BOB, at(5));
            assertEquals(content, entry.revision(1).content());
            assertNotSame(content, entry.revision(1).content());
        }

        @Test
        void aRevisionInReviewCannotBeEdited() {
            ProjectEntry entry = Fixtures.inReview();
            assertThrows(IllegalTransitionException.class, () -> entry.editDraft(Fixtures.titleOnly(), BOB, at(5)));
        }
    }

    @Nested
    class Submitting {

        @Test
        void submittingRecordsTheSubmitter() {
            ProjectEntry entry = Fixtures.draft();
            entry.submitForReview(BOB, at(5));

            Revision revision = entry.revision(1);
            assertEquals(IN_REVIEW, revision.state());
            assertEquals("bob", revision.submittedBy().orElseThrow());
            assertEquals(at(5), revision.submittedAt().orElseThrow());
            assertSame(revision, entry.openDraft().orElseThrow());
            assertEquals("1 CREATE ->DRAFT by alice\n1 SUBMIT DRAFT>IN_REVIEW by bob", steps(entry));
        }

        @Test
        void anIncompleteDraftIsRefusedWithItsProblems() {
            ProjectEntry entry = ProjectEntry.create(Slug.of("bomca"), Fixtures.titleOnly(), BOB, at(0));

            NotReadyForReviewException refused = assertThrows(NotReadyForReviewException.class,
                    () -> entry.submitForReview(BOB, at(1)));

            assertEquals(List.of("objective", "duration", "countries", "participations"),
                    refused.problems().stream().map(ReadinessProblem::field).toList());
            assertEquals("error.workflow.notReady", refused.messageKey());
            assertEquals(DRAFT, entry.revision(1).state());
            assertEquals(1, entry.history().size());
        }

        @Test
        void withdrawingReturnsToDraftAndForgetsTheSubmission() {
            ProjectEntry entry = Fixtures.inReview();
            entry.withdrawFromReview(BOB, at(5));

            Revision revision = entry.revision(1);
            assertEquals(DRAFT, revision.state());
            assertTrue(revision.submittedBy().isEmpty());
            assertTrue(revision.submittedAt().isEmpty());
            assertTrue(steps(entry).endsWith("1 WITHDRAW IN_REVIEW>DRAFT by bob"));
        }
    }

    @Nested
    class Approving {

        @Test
        void approvalPublishesAndClosesTheDraft() {
            ProjectEntry entry = Fixtures.inReview();
            entry.approve(CAROL, at(5));

            Revision revision = entry.revision(1);
            assertEquals(PUBLISHED, revision.state());
            assertSame(revision, entry.publishedRevision().orElseThrow());
            assertTrue(entry.openDraft().isEmpty());
            assertTrue(entry.isPublic());
            assertEquals("carol", revision.publishedBy().orElseThrow());
            assertEquals(at(5), revision.publishedAt().orElseThrow());
            assertEquals("erin", revision.submittedBy().orElseThrow(), "the submission stays on record");
            assertTrue(steps(entry).endsWith("1 APPROVE IN_REVIEW>PUBLISHED by carol"));
        }

        @Test
        void anApprovalCommentIsKeptWithTheStepAndOnTheRevision() {
            ProjectEntry entry = Fixtures.inReview();
            entry.approve(CAROL, at(5), "  Thank you, approved.  ");

            Transition approval = entry.history().get(entry.history().size() - 1);
            assertEquals(WorkflowAction.APPROVE, approval.action());
            assertEquals("Thank you, approved.", approval.comment().orElseThrow());
            assertEquals("Thank you, approved.", entry.revision(1).reviewComment().orElseThrow());
        }

        @Test
        void anApprovalWithoutACommentForgetsTheCommentThatSentItBack() {
            ProjectEntry entry = Fixtures.inReview();
            entry.requestChanges(CAROL, at(5), "Please add the target groups.");
            entry.submitForReview(BOB, at(6));
            entry.approve(CAROL, at(7), "  ");

            assertTrue(entry.revision(1).reviewComment().isEmpty());
            assertTrue(entry.history().get(entry.history().size() - 1).comment().isEmpty());
        }

        @Test
        void theLastEditorMayNotApproveEvenAsAdmin() {
            ProjectEntry entry = Fixtures.draft();
            Actor adminWhoEdited = Actor.of("dave", Role.ADMIN);
            entry.editDraft(Fixtures.mibma().toBuilder().acronym("MIBMA-2").build(), adminWhoEdited, at(1));
            entry.submitForReview(BOB, at(2));

            FourEyesViolationException refused = assertThrows(FourEyesViolationException.class,
                    () -> entry.approve(adminWhoEdited, at(3)));
            assertEquals("You last edited this revision, so another reviewer must approve it.", refused.getMessage());
            assertEquals("error.workflow.fourEyes.lastEditor", refused.messageKey());
            assertEquals(IN_REVIEW, entry.revision(1).state());
        }

        @Test
        void theSubmitterMayNotApprove() {
            ProjectEntry entry = Fixtures.inReview();
            FourEyesViolationException refused = assertThrows(FourEyesViolationException.class,
                    () -> entry.approve(ERIN, at(3)));
            assertEquals("error.workflow.fourEyes.submitter", refused.messageKey());
        }

        @Test
        void fourEyesComparesUsernamesIgnoringCase() {
            ProjectEntry entry = Fixtures.inReview();
            assertThrows(FourEyesViolationException.class, () -> entry.approve(Actor.of("ALICE", Role.REVIEWER), at(3)));
        }

        @Test
        void theCreatorWhoIsNoLongerTheLastEditorNorTheSubmitterMayApprove() {
            ProjectEntry entry = Fixtures.draft();
            entry.editDraft(Fixtures.mibma().toBuilder().acronym("MIBMA-2").build(), BOB, at(1));
            entry.submitForReview(BOB, at(2));
            entry.approve(ALICE, at(3));
            assertTrue(entry.isPublic());
        }
    }

    @Nested
    class RequestingChanges {

        @Test
        void returnsTheDraftWithTheCommentForTheEditor() {
            ProjectEntry entry = Fixtures.inReview();
            entry.requestChanges(CAROL, at(5), "  Please list the target groups.  ");

            Revision revision = entry.revision(1);
            assertEquals(DRAFT, revision.state());
            assertEquals("Please list the target groups.", revision.reviewComment().orElseThrow());
            assertTrue(revision.submittedBy().isEmpty());
            assertTrue(steps(entry).endsWith("1 REQUEST_CHANGES IN_REVIEW>DRAFT by carol \"Please list the target groups.\""));
        }

        @Test
        void aCommentIsRequired() {
            for (String blank : new String[] {null, "", "   "}) {
                ProjectEntry entry = Fixtures.inReview();
                CommentRequiredException refused = assertThrows(CommentRequiredException.class,
                        () -> entry.requestChanges(CAROL, at(5), blank));
                assertEquals("error.workflow.commentRequired", refused.messageKey());
                assertEquals(IN_REVIEW, entry.revision(1).state());
                assertEquals(2, entry.history().size());
            }
        }

        @Test
        void openCommentThreadsStandInForTheGeneralComment() {
            ProjectEntry entry = Fixtures.inReview();
            entry.requestChanges(CAROL, at(5), " ", 2);

            assertEquals(DRAFT, entry.revision(1).state());
            assertTrue(steps(entry).endsWith("1 REQUEST_CHANGES IN_REVIEW>DRAFT by carol"));
        }

        @Test
        void withoutOpenThreadsTheGeneralCommentIsStillRequired() {
            ProjectEntry entry = Fixtures.inReview();
            assertThrows(CommentRequiredException.class, () -> entry.requestChanges(CAROL, at(5), null, 0));
            assertEquals(IN_REVIEW, entry.revision(1).state());
        }

        @Test
        void anOverlongCommentIsRefused() {
            ProjectEntry entry = Fixtures.inReview();
            assertThrows(InvalidValueException.class,
                    () -> entry.requestChanges(CAROL, at(5), "x".repeat(Revision.MAX_COMMENT_LENGTH + 1)));
        }

        @Test
        void theEditorFixesAndResubmitsAndAnotherReviewerApproves() {
            ProjectEntry entry = Fixtures.inReview();
            entry.requestChanges(CAROL, at(5), "Add the target groups.");
            entry.editDraft(Fixtures.mibma().toBuilder().addTargetGroup(LocalizedText.of("Border police")).build(), BOB, at(6));
            entry.submitForReview(BOB, at(7));
            entry.approve(CAROL, at(8));

            assertEquals(PUBLISHED, entry.revision(1).state());
            assertEquals(List.of(LocalizedText.of("Border police")), entry.revision(1).content().targetGroups());
            assertEquals("""
                    1 CREATE ->DRAFT by alice
                    1 SUBMIT DRAFT>IN_REVIEW by erin
                    1 REQUEST_CHANGES IN_REVIEW>DRAFT by carol "Add the target groups."
                    1 EDIT DRAFT>DRAFT by bob
                    1 SUBMIT DRAFT>IN_REVIEW by bob
                    1 APPROVE IN_REVIEW>PUBLISHED by carol""", steps(entry));
        }
    }

    @Nested
    class ForwardRevisions {

        @Test
        void aForwardRevisionCopiesThePublishedContentAndLeavesItOnline() {
            ProjectEntry entry = Fixtures.published();
            Revision published = entry.publishedRevision().orElseThrow();

            Revision draft = entry.startRevision(BOB, at(5));

            assertEquals(2, draft.number());
            assertEquals(DRAFT, draft.state());
            assertEquals(OptionalInt.of(1), draft.basedOn());
            assertEquals(published.content(), draft.content());
            assertNotSame(published.content(), draft.content());
            assertSame(draft, entry.openDraft().orElseThrow());
            assertSame(published, entry.publishedRevision().orElseThrow());
            assertTrue(steps(entry).endsWith("2 START_REVISION ->DRAFT by bob"));
        }

        @Test
        void thePublishedRevisionStaysUnchangedWhileTheDraftIsEditedAndReviewed() {
            ProjectEntry entry = Fixtures.published();
            ProjectContent online = entry.publishedRevision().orElseThrow().content();
            entry.startRevision(BOB, at(5));
            ProjectContent extended = online.toBuilder().acronym("MIBMA II").build();

            entry.editDraft(extended, BOB, at(6));
            entry.submitForReview(BOB, at(7));

            Revision published = entry.publishedRevision().orElseThrow();
            assertEquals(1, published.number());
            assertEquals(PUBLISHED, published.state());
            assertEquals(online, published.content());
            assertEquals("MIBMA", published.content().acronym().orElseThrow());
            assertEquals(IN_REVIEW, entry.revision(2).state());

            entry.approve(CAROL, at(8));

            assertEquals(ARCHIVED, entry.revision(1).state());
            assertEquals(PUBLISHED, entry.revision(2).state());
            assertEquals(2, entry.publishedRevision().orElseThrow().number());
            assertEquals("MIBMA II", entry.publishedRevision().orElseThrow().content().acronym().orElseThrow());
            assertTrue(entry.openDraft().isEmpty());
            assertTrue(steps(entry).endsWith("""
                    2 APPROVE IN_REVIEW>PUBLISHED by carol
                    1 APPROVE PUBLISHED>ARCHIVED by carol"""));
        }

        @Test
        void onlyOneDraftAtATimeAndTheRefusalNamesItsHolder() {
            ProjectEntry entry = Fixtures.publishedWithDraft();

            DraftAlreadyOpenException refused = assertThrows(DraftAlreadyOpenException.class,
                    () -> entry.startRevision(BOB, at(9)));

            assertEquals("alice", refused.holder());
            assertEquals(2, refused.revisionNumber());
            assertEquals(DRAFT, refused.state());
            assertTrue(refused.getMessage().contains("alice"), refused.getMessage());
            assertEquals(2, entry.revisions().size());
        }

        @Test
        void requestedChangesOnAForwardRevisionLeaveThePublishedOneAlone() {
            ProjectEntry entry = Fixtures.publishedWithDraftInReview();
            entry.requestChanges(CAROL, at(9), "Not yet");
            assertEquals(PUBLISHED, entry.revision(1).state());
            assertEquals(DRAFT, entry.revision(2).state());
            assertEquals(1, entry.publishedRevision().orElseThrow().number());
        }

        @Test
        void revisionsAreNumberedInOrder() {
            ProjectEntry entry = Fixtures.publishedWithDraftInReview();
            entry.approve(CAROL, at(9));
            entry.startRevision(BOB, at(10));
            assertEquals(List.of(1, 2, 3), entry.revisions().stream().map(Revision::number).toList());
            assertEquals(3, entry.latestRevision().number());
            assertEquals(OptionalInt.of(2), entry.revision(3).basedOn());
        }
    }

    @Nested
    class Unpublishing {

        @Test
        void unpublishingArchivesAndKeepsEverything() {
            ProjectEntry entry = Fixtures.published();
            entry.unpublish(CAROL, at(5), "Project suspended");

            assertFalse(entry.isPublic());
            assertTrue(entry.publishedRevision().isEmpty());
            assertEquals(ARCHIVED, entry.revision(1).state());
            assertEquals(1, entry.revisions().size());
            assertTrue(steps(entry).endsWith("1 UNPUBLISH PUBLISHED>ARCHIVED by carol \"Project suspended\""));
        }

        @Test
        void theReasonIsOptional() {
            ProjectEntry entry = Fixtures.published();
            entry.unpublish(CAROL, at(5), null);
            assertTrue(entry.history().get(entry.history().size() - 1).comment().isEmpty());
        }

        @Test
        void republishingPutsTheSameRevisionBack() {
            ProjectEntry entry = Fixtures.unpublished();
            entry.republish(DAVE, at(9));

            assertTrue(entry.isPublic());
            assertEquals(1, entry.publishedRevision().orElseThrow().number());
            assertEquals(PUBLISHED, entry.revision(1).state());
            assertTrue(steps(entry).endsWith("1 REPUBLISH ARCHIVED>PUBLISHED by dave"));
        }

        @Test
        void republishingTakesTheRevisionThatWasUnpublishedNotAnOlderOne() {
            ProjectEntry entry = Fixtures.publishedWithDraftInReview();
            entry.approve(CAROL, at(9));          // revision 1 archived, 2 published
            entry.unpublish(CAROL, at(10), null); // revision 2 archived
            entry.republish(CAROL, at(11));

            assertEquals(2, entry.publishedRevision().orElseThrow().number());
            assertEquals(ARCHIVED, entry.revision(1).state());
        }

        @Test
        void republishingIsRefusedWhileAnotherRevisionIsPublished() {
            ProjectEntry entry = Fixtures.unpublished();
            entry.restoreAsDraft(1, BOB, at(5));
            entry.submitForReview(BOB, at(6));
            entry.approve(CAROL, at(7));

            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> entry.republish(CAROL, at(8)));
            assertEquals("error.workflow.alreadyPublished", refused.messageKey());
        }

        @Test
        void anUnpublishedEntryCanHaveADraftApprovedWithoutArchivingAnything() {
            ProjectEntry entry = Fixtures.unpublished();
            entry.restoreAsDraft(1, BOB, at(5));
            entry.submitForReview(BOB, at(6));
            entry.approve(CAROL, at(7));
            assertEquals(2, entry.publishedRevision().orElseThrow().number());
            assertEquals(ARCHIVED, entry.revision(1).state());
            assertEquals(1, entry.history(1).stream().filter(t -> t.toState() == ARCHIVED).count());
        }
    }

    @Nested
    class Restoring {

        @Test
        void restoreCopiesAnEarlierRevisionIntoANewDraft() {
            ProjectEntry entry = Fixtures.publishedWithDraftInReview();
            entry.approve(CAROL, at(5)); // 1 archived, 2 published
            ProjectContent first = entry.revision(1).content();

            Revision draft = entry.restoreAsDraft(1, BOB, at(6));

            assertEquals(3, draft.number());
            assertEquals(DRAFT, draft.state());
            assertEquals(OptionalInt.of(1), draft.basedOn());
            assertEquals(first, draft.content());
            assertEquals(PUBLISHED, entry.revision(2).state(), "the published revision stays online");
            assertTrue(steps(entry).endsWith("3 RESTORE ->DRAFT by bob"));
        }

        @Test
        void restoreIsRefusedWhileADraftIsOpen() {
            ProjectEntry entry = Fixtures.publishedWithDraft();
            assertThrows(DraftAlreadyOpenException.class, () -> entry.restoreAsDraft(1, BOB, at(6)));
        }

        @Test
        void restoreOfAnUnknownRevisionIsRefused() {
            ProjectEntry entry = Fixtures.published();
            UnknownRevisionException refused = assertThrows(UnknownRevisionException.class,
                    () -> entry.restoreAsDraft(7, BOB, at(6)));
            assertEquals("Entry \"mibma\" has no revision 7.", refused.getMessage());
        }
    }

    @Nested
    class Discarding {

        @Test
        void aNeverPublishedEntrysDraftIsDiscardedAndTheEntryIsAbandoned() {
            ProjectEntry entry = Fixtures.draft();
            entry.discardDraft(BOB, at(5));

            assertEquals(RevisionState.DISCARDED, entry.revision(1).state());
            assertTrue(entry.openDraft().isEmpty());
            assertFalse(entry.isPublic());
            assertTrue(entry.isAbandoned());
            assertTrue(steps(entry).endsWith("1 DISCARD DRAFT>DISCARDED by bob"));
            assertEquals(java.util.EnumSet.noneOf(WorkflowAction.class), entry.allowedActions(BOB),
                    "nothing is left to act on");
        }

        @Test
        void aPublishedEntrysDraftGoesAndThePublishedRevisionStays() {
            ProjectEntry entry = Fixtures.publishedWithDraft();
            entry.discardDraft(BOB, at(5));

            assertEquals(RevisionState.DISCARDED, entry.revision(2).state());
            assertEquals(1, entry.publishedRevision().orElseThrow().number());
            assertEquals(PUBLISHED, entry.revision(1).state());
            assertTrue(entry.openDraft().isEmpty());
            assertFalse(entry.isAbandoned());
            assertTrue(entry.allows(WorkflowAction.START_REVISION, BOB), "a new revision can be started again");
        }

        @Test
        void anUnpublishedEntrysCurrentRevisionIsNotItsDiscardedDraft() {
            ProjectEntry entry = Fixtures.unpublished();
            entry.restoreAsDraft(1, BOB, at(20));
            entry.discardDraft(BOB, at(21));
            assertEquals(1, entry.currentRevision().number());
            assertEquals(2, entry.latestRevision().number());
        }

        @Test
        void aMistakenRestoreCanBeUndone() {
            ProjectEntry entry = Fixtures.published();
            entry.restoreAsDraft(1, BOB, at(5));
            entry.discardDraft(BOB, at(6));
            assertTrue(entry.allows(WorkflowAction.RESTORE, BOB));
        }

        @Test
        void aRevisionInReviewIsWithdrawnBeforeItIsDiscarded() {
            ProjectEntry entry = Fixtures.inReview();
            assertThrows(IllegalTransitionException.class, () -> entry.discardDraft(BOB, at(5)));
            assertThrows(ActionNotPermittedException.class, () -> Fixtures.draft().discardDraft(CAROL, at(5)));
        }
    }

    @Nested
    class Queries {

        @Test
        void historyAndRevisionsAreReadOnly() {
            ProjectEntry entry = Fixtures.published();
            assertThrows(UnsupportedOperationException.class, () -> entry.history().clear());
            assertThrows(UnsupportedOperationException.class, () -> entry.revisions().clear());
        }

        @Test
        void historyOfOneRevision() {
            ProjectEntry entry = Fixtures.publishedWithDraftInReview();
            assertEquals(List.of(WorkflowAction.START_REVISION, WorkflowAction.SUBMIT),
                    entry.history(2).stream().map(Transition::action).toList());
            assertEquals(at(3), entry.history(2).get(0).occurredAt());
        }

        @Test
        void allowedActionsForTheUsualPeople() {
            ProjectEntry entry = Fixtures.publishedWithDraftInReview();
            assertEquals(java.util.EnumSet.of(WorkflowAction.WITHDRAW), entry.allowedActions(BOB));
            assertEquals(java.util.EnumSet.of(WorkflowAction.APPROVE, WorkflowAction.REQUEST_CHANGES,
                    WorkflowAction.UNPUBLISH), entry.allowedActions(CAROL));
            assertFalse(entry.allows(WorkflowAction.APPROVE, ALICE));
        }

        @Test
        void unknownRevisionNumber() {
            assertThrows(UnknownRevisionException.class, () -> Fixtures.draft().revision(2));
            assertTrue(Fixtures.draft().findRevision(2).isEmpty());
        }

        @Test
        void entriesAreTheSameWhenTheirSlugsAre() {
            assertEquals(Fixtures.draft(), Fixtures.published());
            assertEquals(Fixtures.draft().hashCode(), Fixtures.published().hashCode());
        }
    }
}
