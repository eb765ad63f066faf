package org.projectdesk.domain.entry;

/** What a signed-in person may do in the editorial workflow. */
public enum Role {
    /** Writes drafts and submits them for review. */
    EDITOR,
    /** Approves or returns drafts in review, unpublishes and republishes. */
    REVIEWER,
    /** May do everything an editor or a reviewer may (the four-eyes rule still applies). */
    ADMIN
}
