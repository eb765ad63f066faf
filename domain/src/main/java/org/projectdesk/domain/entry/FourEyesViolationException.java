package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.DomainException;

/** Someone tried to approve a revision they last edited or submitted: another reviewer must do it. */
public class FourEyesViolationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private FourEyesViolationException(String messageKey, String englishPattern, Object... arguments) {
        super(messageKey, englishPattern, arguments);
    }

    static FourEyesViolationException lastEditor(WorkflowAction action, Revision revision) {
        return new FourEyesViolationException("error.workflow.fourEyes.lastEditor",
                "You last edited this revision, so another reviewer must {0} it.",
                action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    static FourEyesViolationException submitter(WorkflowAction action, Revision revision) {
        return new FourEyesViolationException("error.workflow.fourEyes.submitter",
                "You submitted this revision for review, so another reviewer must {0} it.",
                action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
