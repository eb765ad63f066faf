package org.projectdesk.persistence.audit;

/** What an audit event tells of. Stored by name. */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    WORKFLOW_STEP,
    SCHEDULED,
    SCHEDULE_CANCELLED,
    SCHEDULED_STEP_DONE,
    SCHEDULED_STEP_FAILED,
    ACCOUNT_CHANGED,
    REFERENCE_DATA_CHANGED,
    IMPORT
}
