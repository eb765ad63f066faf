package org.projectdesk.domain.review;

import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.shared.DomainException;

/** The actor may not comment: only editors and reviewers discuss a revision. */
public class CommentNotPermittedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CommentNotPermittedException(CommentAction action, Actor actor) {
        super("error.comment.notPermitted", "{0} may not {1} a comment thread: this needs the EDITOR or REVIEWER role.",
                actor.username(), action);
    }
}
