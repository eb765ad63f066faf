package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.DomainException;

/** The action needs a comment (e.g. requesting changes must say what to change) and none was given. */
public class CommentRequiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CommentRequiredException(WorkflowAction action) {
        super("error.workflow.commentRequired", "Please add a comment: {0} needs one, saying what should change.", action);
    }
}
