package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.entry.WorkflowAction;

/** A reviewer's decision that can be taken on several entries at once, and the revisions it applies to. */
public enum BulkDecision {
    APPROVE(WorkflowAction.APPROVE),
    REQUEST_CHANGES(WorkflowAction.REQUEST_CHANGES),
    UNPUBLISH(WorkflowAction.UNPUBLISH);

    private final WorkflowAction action;

    BulkDecision(WorkflowAction action) {
        this.action = action;
    }

    public WorkflowAction action() {
        return action;
    }

    /** Whether an entry whose current revision is in that state is a candidate. */
    public boolean appliesTo(RevisionState state) {
        return action.startsFrom(state);
    }
}
