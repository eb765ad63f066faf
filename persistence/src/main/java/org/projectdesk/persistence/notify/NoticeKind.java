package org.projectdesk.persistence.notify;

/**
 * What a notification tells of, and who gets it: reviewers learn of submissions; the editors of an
 * entry learn of decisions on it and comments on their revision; a reviewer learns that a step they
 * scheduled could not run. Each person may switch e-mail off per kind; the in-app notice always comes.
 */
public enum NoticeKind {
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    COMMENTED,
    SCHEDULE_FAILED;

    /** Whether the notice goes to the reviewers (else to the entry's editors, or the one reviewer named). */
    public boolean forReviewers() {
        return this == SUBMITTED;
    }
}
