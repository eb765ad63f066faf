package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.DomainException;

/** The entry is not in a state the action can start from, e.g. approving a draft that was never submitted. */
public class IllegalTransitionException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final WorkflowAction action;

    private IllegalTransitionException(WorkflowAction action, String messageKey, String englishPattern, Object... arguments) {
        super(messageKey, englishPattern, arguments);
        this.action = action;
    }

    /** The revision the action would act on is in the wrong state. */
    static IllegalTransitionException wrongState(WorkflowAction action, Revision revision) {
        return new IllegalTransitionException(action, "error.workflow.wrongState",
                "Cannot {0} revision {1}: it is {2}, and {0} needs it to be {3}.",
                action, String.valueOf(revision.number()), revision.state(), action.from());
    }

    static IllegalTransitionException noOpenDraft(WorkflowAction action) {
        return new IllegalTransitionException(action, "error.workflow.noOpenDraft",
                "Cannot {0}: there is no open draft.", action);
    }

    static IllegalTransitionException nothingPublished(WorkflowAction action) {
        return new IllegalTransitionException(action, "error.workflow.nothingPublished",
                "Cannot {0}: no revision is published.", action);
    }

    static IllegalTransitionException alreadyPublished(WorkflowAction action, Revision published) {
        return new IllegalTransitionException(action, "error.workflow.alreadyPublished",
                "Cannot {0}: revision {1} is published; unpublish it first.", action, String.valueOf(published.number()));
    }

    static IllegalTransitionException nothingToRepublish(WorkflowAction action) {
        return new IllegalTransitionException(action, "error.workflow.nothingToRepublish",
                "Cannot {0}: no revision has been unpublished.", action);
    }

    public WorkflowAction action() {
        return action;
    }
}
