-- Publications and unpublications a reviewer scheduled. A server carries one out by claiming its row
-- (an update from PENDING that only one transaction can make), so that it happens exactly once
-- even when several servers share the database. Portable SQL for H2 2.x and PostgreSQL.
CREATE SEQUENCE scheduled_step_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE scheduled_step (
    id               BIGINT                      NOT NULL,
    version          BIGINT                      NOT NULL,
    entry_id         BIGINT                      NOT NULL,
    kind             VARCHAR(20)                 NOT NULL,
    due_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    entry_version    BIGINT                      NOT NULL,
    scheduled_by     VARCHAR(100)                NOT NULL,
    scheduled_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    remark           VARCHAR(4000),
    state            VARCHAR(20)                 NOT NULL,
    settled_at       TIMESTAMP(6) WITH TIME ZONE,
    settled_by       VARCHAR(100),
    failure          VARCHAR(40),
    CONSTRAINT pk_scheduled_step PRIMARY KEY (id),
    CONSTRAINT fk_scheduled_step_entry FOREIGN KEY (entry_id) REFERENCES project_entry (id)
);
CREATE INDEX ix_scheduled_step_due ON scheduled_step (state, due_at);

-- Whether a workflow step was carried out on schedule (by the server, for the reviewer who scheduled it).
ALTER TABLE revision_transition ADD COLUMN on_schedule BOOLEAN DEFAULT FALSE NOT NULL;
