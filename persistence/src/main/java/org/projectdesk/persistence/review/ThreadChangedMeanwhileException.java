package org.projectdesk.persistence.review;

import org.projectdesk.domain.shared.DomainException;

/** Someone wrote in the thread after this person loaded it; resolving it now would pass over their answer. */
public class ThreadChangedMeanwhileException extends DomainException {

    private static final long serialVersionUID = 1L;

    ThreadChangedMeanwhileException(String lastAuthor) {
        super("error.comment.changedMeanwhile",
                "{0} wrote in this thread meanwhile; read it, then resolve it again.", lastAuthor);
    }
}
