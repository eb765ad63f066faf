package org.projectdesk.domain.shared;

/** Where a project stands in time, derived from its month range and a given day. */
public enum ProjectStatus {
    UPCOMING, ONGOING, COMPLETED
}
