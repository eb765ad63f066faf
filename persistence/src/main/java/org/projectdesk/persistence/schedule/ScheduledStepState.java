package org.projectdesk.persistence.schedule;

/** A scheduled step waits (PENDING) until it is DONE, FAILED (and reported to its reviewer) or CANCELLED. */
public enum ScheduledStepState {
    PENDING,
    DONE,
    FAILED,
    CANCELLED
}
