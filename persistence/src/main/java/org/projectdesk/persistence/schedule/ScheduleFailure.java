package org.projectdesk.persistence.schedule;

/** Why a scheduled step could not run. */
public enum ScheduleFailure {
    /** Someone changed the entry after the reviewer scheduled the step. */
    ENTRY_CHANGED,
    /** The reviewer no longer holds the role (or their account is disabled or gone). */
    REVIEWER_LOST_ROLE,
    /** The entry's state no longer allows the step (e.g. nothing is in review any more). */
    NOT_ALLOWED
}
