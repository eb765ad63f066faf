package org.projectdesk.domain.entry;

/** Where a revision stands in the editorial workflow; see {@link WorkflowAction} for the moves. */
public enum RevisionState {
    /** Being written; only editors see it. */
    DRAFT,
    /** Submitted, waiting for a reviewer; not editable. */
    IN_REVIEW,
    /** The public version of the entry; at most one per entry. */
    PUBLISHED,
    /** Was published and has been replaced or unpublished; kept, never deleted. */
    ARCHIVED,
    /** Was a draft that its editors gave up; kept in the history, never deleted, never published. */
    DISCARDED;

    /** DRAFT and IN_REVIEW revisions are open: an entry has at most one. */
    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
