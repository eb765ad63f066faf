-- The audit trail: one row per event worth answering "who did what, when" for (sign-ins and
-- failures, workflow steps, account and role changes, reference-data changes, scheduled steps,
-- imports). Rows are only ever added: the application has no statement that changes or deletes them.
-- Portable SQL for H2 2.x and PostgreSQL.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_event (
    id          BIGINT                      NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    kind        VARCHAR(40)                 NOT NULL,
    person      VARCHAR(100),
    entry_slug  VARCHAR(80),
    detail      VARCHAR(1000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_person ON audit_event (person);
CREATE INDEX ix_audit_event_entry ON audit_event (entry_slug);
