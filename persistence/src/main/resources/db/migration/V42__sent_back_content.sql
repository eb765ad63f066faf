-- What a revision said when a reviewer sent it back (request changes), so that the reviewer later
-- sees what changed since: the content in the export's JSON shape (EntryJsonWriter). One row per
-- request; the review page compares the latest one of the open revision. Portable SQL for H2 2.x and PostgreSQL.
CREATE SEQUENCE sent_back_content_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sent_back_content (
    id              BIGINT                      NOT NULL,
    entry_id        BIGINT                      NOT NULL,
    revision_number INTEGER                     NOT NULL,
    sent_back_by    VARCHAR(100)                NOT NULL,
    sent_back_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    content_json    VARCHAR(1000000)            NOT NULL,
    CONSTRAINT pk_sent_back_content PRIMARY KEY (id),
    CONSTRAINT fk_sent_back_content_entry FOREIGN KEY (entry_id) REFERENCES project_entry (id)
);

CREATE INDEX ix_sent_back_content_entry ON sent_back_content (entry_id, revision_number);
