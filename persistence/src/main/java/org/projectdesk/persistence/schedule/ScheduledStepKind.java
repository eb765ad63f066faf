package org.projectdesk.persistence.schedule;

/** What a reviewer can schedule: publishing the revision in review, or taking the published one offline. */
public enum ScheduledStepKind {
    PUBLISH,
    UNPUBLISH
}
