package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.domain.entry.RevisionState.ARCHIVED;
import static org.projectdesk.domain.entry.RevisionState.DRAFT;
import static org.projectdesk.domain.entry.RevisionState.IN_REVIEW;
import static org.projectdesk.domain.entry.RevisionState.PUBLISHED;

/** The table as the web layer reads it. */
class WorkflowActionTest {

    @Test
    void onlyApprovalHasTheFourEyesRule() {
        for (WorkflowAction action : WorkflowAction.values()) {
            assertEquals(action == WorkflowAction.APPROVE, action.fourEyes(), action.name());
        }
    }

    @Test
    void onlyRequestingChangesNeedsAComment() {
        for (WorkflowAction action : WorkflowAction.values()) {
            assertEquals(action == WorkflowAction.REQUEST_CHANGES, action.commentRequired(), action.name());
        }
    }

    @Test
    void onlySubmittingNeedsACompleteContent() {
        for (WorkflowAction action : WorkflowAction.values()) {
            assertEquals(action == WorkflowAction.SUBMIT, action.readinessRequired(), action.name());
        }
    }

    @Test
    void rolesAndStates() {
        assertEquals(Optional.of(Role.REVIEWER), WorkflowAction.APPROVE.requiredRole());
        assertEquals(Optional.of(Role.EDITOR), WorkflowAction.START_REVISION.requiredRole());
        assertTrue(WorkflowAction.IMPORT.systemOnly());
        assertFalse(WorkflowAction.CREATE.systemOnly());
        assertEquals(Set.of(), WorkflowAction.CREATE.from());
        assertEquals(EnumSet.of(PUBLISHED, ARCHIVED), WorkflowAction.RESTORE.from());
        assertEquals(PUBLISHED, WorkflowAction.IMPORT.to());
        assertEquals(List.of(WorkflowAction.WITHDRAW, WorkflowAction.APPROVE, WorkflowAction.REQUEST_CHANGES),
                WorkflowAction.availableFrom(IN_REVIEW));
        assertEquals(List.of(WorkflowAction.EDIT, WorkflowAction.SUBMIT, WorkflowAction.DISCARD),
                WorkflowAction.availableFrom(DRAFT));
    }

    @Test
    void openStates() {
        assertTrue(DRAFT.isOpen());
        assertTrue(IN_REVIEW.isOpen());
        assertFalse(PUBLISHED.isOpen());
        assertFalse(ARCHIVED.isOpen());
    }
}
