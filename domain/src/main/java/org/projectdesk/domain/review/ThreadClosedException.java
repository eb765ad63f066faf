package org.projectdesk.domain.review;

import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.shared.DomainException;

/**
 * The thread can no longer change: it is resolved, or its revision is no longer open (a published
 * or archived revision keeps its threads as they were, in the history).
 */
public class ThreadClosedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private ThreadClosedException(String key, String englishPattern, Object... arguments) {
        super(key, englishPattern, arguments);
    }

    static ThreadClosedException resolved(String resolvedBy) {
        return new ThreadClosedException("error.comment.resolved",
                "{0} resolved this thread meanwhile; it takes no more answers.", resolvedBy);
    }

    static ThreadClosedException revisionClosed(int revisionNumber, RevisionState state) {
        return new ThreadClosedException("error.comment.revisionClosed",
                "Revision {0} is {1}: its comments are kept as they are.", revisionNumber, state);
    }
}
