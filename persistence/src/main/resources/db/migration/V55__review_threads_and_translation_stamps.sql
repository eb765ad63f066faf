-- Comment threads on revisions, and when each translated text last changed per language.
-- Portable SQL for H2 2.x and PostgreSQL 15.

CREATE SEQUENCE review_thread_seq START WITH 1 INCREMENT BY 50;

-- A discussion of one revision, about one field (anchor: a field key such as donors) or in general.
CREATE TABLE review_thread (
    id          BIGINT                      NOT NULL,
    version     BIGINT                      NOT NULL,
    revision_id BIGINT                      NOT NULL,
    anchor      VARCHAR(40),
    resolved_by VARCHAR(100),
    resolved_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_review_thread PRIMARY KEY (id),
    CONSTRAINT fk_review_thread_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);
CREATE INDEX ix_review_thread_revision ON review_thread (revision_id);

CREATE TABLE review_thread_message (
    thread_id  BIGINT                      NOT NULL,
    position   INTEGER                     NOT NULL,
    author     VARCHAR(100)                NOT NULL,
    written_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    body       VARCHAR(4000)               NOT NULL,
    CONSTRAINT pk_review_thread_message PRIMARY KEY (thread_id, position),
    CONSTRAINT fk_review_thread_message_thread FOREIGN KEY (thread_id) REFERENCES review_thread (id)
);

-- When the text of a translated field last changed in a language (revisions stored before this
-- migration have none: their translations count as written with the English text).
CREATE TABLE revision_text_stamp (
    revision_id BIGINT                      NOT NULL,
    field       VARCHAR(40)                 NOT NULL,
    language    VARCHAR(2)                  NOT NULL,
    changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_revision_text_stamp_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);
CREATE INDEX ix_revision_text_stamp_revision ON revision_text_stamp (revision_id);

-- The languages in which some field of the revision is outdated (for the desk's filter).
CREATE TABLE revision_outdated_language (
    revision_id BIGINT     NOT NULL,
    language    VARCHAR(2) NOT NULL,
    CONSTRAINT pk_revision_outdated_language PRIMARY KEY (revision_id, language),
    CONSTRAINT fk_revision_outdated_language_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);
