package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.DomainException;

/** The actor's roles do not allow the action. */
public class ActionNotPermittedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final WorkflowAction action;

    public ActionNotPermittedException(WorkflowAction action, Actor actor) {
        super(action.systemOnly() ? "error.workflow.systemOnly" : "error.workflow.notPermitted",
                action.systemOnly() ? "{0} may not {1}: only the system may."
                        : "{0} may not {1}: this needs the {2} role.",
                actor.username(), action, action.requiredRole().map(Enum::name).orElse("SYSTEM"));
        this.action = action;
    }

    public WorkflowAction action() {
        return action;
    }
}
