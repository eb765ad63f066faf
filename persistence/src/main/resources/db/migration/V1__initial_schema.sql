-- ProjectDesk initial schema: reference data (organisations, regions) and project entries with
-- their revisions, revision content collections and workflow transitions.
-- Mirrors the Jakarta Persistence mapping in the domain module column for column; runs unchanged on
-- H2 2.x and PostgreSQL 15 (portable types only, nothing quoted, no reserved words as names).
-- Sequences step by 50 to match @SequenceGenerator(allocationSize = 50).

CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE region_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE project_entry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE revision_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE revision_transition_seq START WITH 1 INCREMENT BY 50;

-- reference data ----------------------------------------------------------------------------------

CREATE TABLE organisation (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    slug        VARCHAR(80)   NOT NULL,
    name_en     VARCHAR(500)  NOT NULL,
    name_fr     VARCHAR(500),
    name_ru     VARCHAR(500),
    acronym     VARCHAR(40),
    kind        VARCHAR(30)   NOT NULL,
    website_url VARCHAR(2000),
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uk_organisation_slug UNIQUE (slug)
);

CREATE TABLE region (
    id      BIGINT       NOT NULL,
    version BIGINT       NOT NULL,
    code    VARCHAR(80)  NOT NULL,
    name_en VARCHAR(500) NOT NULL,
    name_fr VARCHAR(500),
    name_ru VARCHAR(500),
    CONSTRAINT pk_region PRIMARY KEY (id),
    CONSTRAINT uk_region_code UNIQUE (code)
);

CREATE TABLE region_country (
    region_id    BIGINT     NOT NULL,
    country_code VARCHAR(2) NOT NULL,
    CONSTRAINT pk_region_country PRIMARY KEY (region_id, country_code),
    CONSTRAINT fk_region_country_region FOREIGN KEY (region_id) REFERENCES region (id)
);

-- entries -----------------------------------------------------------------------------------------

-- The two revision pointers get their foreign keys once the revision table exists (see below).
CREATE TABLE project_entry (
    id                    BIGINT                    NOT NULL,
    version               BIGINT                    NOT NULL,
    slug                  VARCHAR(80)               NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(100)              NOT NULL,
    published_revision_id BIGINT,
    draft_revision_id     BIGINT,
    CONSTRAINT pk_project_entry PRIMARY KEY (id),
    CONSTRAINT uk_project_entry_slug UNIQUE (slug)
);

CREATE TABLE revision (
    id               BIGINT                      NOT NULL,
    version          BIGINT                      NOT NULL,
    entry_id         BIGINT                      NOT NULL,
    revision_number  INTEGER                     NOT NULL,
    state            VARCHAR(20)                 NOT NULL,
    -- content (ProjectContent, embedded)
    title_en         VARCHAR(1000)               NOT NULL,
    title_fr         VARCHAR(1000),
    title_ru         VARCHAR(1000),
    acronym          VARCHAR(40),
    objective_en     VARCHAR(10000),
    objective_fr     VARCHAR(10000),
    objective_ru     VARCHAR(10000),
    start_month      DATE,
    end_month        DATE,
    region_id        BIGINT,
    thematic_area_en VARCHAR(10000),
    thematic_area_fr VARCHAR(10000),
    thematic_area_ru VARCHAR(10000),
    notes_en         VARCHAR(10000),
    notes_fr         VARCHAR(10000),
    notes_ru         VARCHAR(10000),
    -- workflow
    created_by       VARCHAR(100)                NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_edited_by   VARCHAR(100)                NOT NULL,
    last_edited_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    submitted_by     VARCHAR(100),
    submitted_at     TIMESTAMP(6) WITH TIME ZONE,
    published_by     VARCHAR(100),
    published_at     TIMESTAMP(6) WITH TIME ZONE,
    review_comment   VARCHAR(4000),
    based_on_number  INTEGER,
    CONSTRAINT pk_revision PRIMARY KEY (id),
    CONSTRAINT uk_revision_entry_number UNIQUE (entry_id, revision_number),
    CONSTRAINT fk_revision_entry FOREIGN KEY (entry_id) REFERENCES project_entry (id),
    CONSTRAINT fk_revision_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT ck_revision_duration CHECK (start_month IS NULL AND end_month IS NULL
        OR start_month IS NOT NULL AND end_month IS NOT NULL AND end_month >= start_month)
);

CREATE INDEX ix_revision_region ON revision (region_id);

ALTER TABLE project_entry ADD CONSTRAINT fk_project_entry_published
    FOREIGN KEY (published_revision_id) REFERENCES revision (id);
ALTER TABLE project_entry ADD CONSTRAINT fk_project_entry_draft
    FOREIGN KEY (draft_revision_id) REFERENCES revision (id);

CREATE TABLE revision_transition (
    id              BIGINT                      NOT NULL,
    entry_id        BIGINT                      NOT NULL,
    revision_number INTEGER                     NOT NULL,
    workflow_action VARCHAR(20)                 NOT NULL,
    from_state      VARCHAR(20),
    to_state        VARCHAR(20)                 NOT NULL,
    actor_username  VARCHAR(100)                NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    remark          VARCHAR(4000),
    CONSTRAINT pk_revision_transition PRIMARY KEY (id),
    CONSTRAINT fk_revision_transition_entry FOREIGN KEY (entry_id) REFERENCES project_entry (id)
);

CREATE INDEX ix_revision_transition_entry ON revision_transition (entry_id, occurred_at);

-- revision content collections (ordered by position) ----------------------------------------------

CREATE TABLE revision_specific_objective (
    revision_id BIGINT         NOT NULL,
    position    INTEGER        NOT NULL,
    text_en     VARCHAR(10000) NOT NULL,
    text_fr     VARCHAR(10000),
    text_ru     VARCHAR(10000),
    CONSTRAINT pk_revision_specific_objective PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_revision_specific_objective_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);

CREATE TABLE revision_target_group (
    revision_id BIGINT         NOT NULL,
    position    INTEGER        NOT NULL,
    text_en     VARCHAR(10000) NOT NULL,
    text_fr     VARCHAR(10000),
    text_ru     VARCHAR(10000),
    CONSTRAINT pk_revision_target_group PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_revision_target_group_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);

CREATE TABLE revision_final_beneficiary (
    revision_id BIGINT         NOT NULL,
    position    INTEGER        NOT NULL,
    text_en     VARCHAR(10000) NOT NULL,
    text_fr     VARCHAR(10000),
    text_ru     VARCHAR(10000),
    CONSTRAINT pk_revision_final_beneficiary PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_revision_final_beneficiary_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);

CREATE TABLE revision_participation (
    revision_id        BIGINT       NOT NULL,
    position           INTEGER      NOT NULL,
    organisation_id    BIGINT       NOT NULL,
    role               VARCHAR(30)  NOT NULL,
    funding_instrument VARCHAR(100),
    CONSTRAINT pk_revision_participation PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_revision_participation_revision FOREIGN KEY (revision_id) REFERENCES revision (id),
    CONSTRAINT fk_revision_participation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_revision_participation_instrument CHECK (funding_instrument IS NULL OR role = 'DONOR')
);

CREATE INDEX ix_revision_participation_organisation ON revision_participation (organisation_id);

CREATE TABLE revision_country (
    revision_id  BIGINT     NOT NULL,
    position     INTEGER    NOT NULL,
    country_code VARCHAR(2) NOT NULL,
    CONSTRAINT pk_revision_country PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_revision_country_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);

CREATE INDEX ix_revision_country_code ON revision_country (country_code);

CREATE TABLE revision_sub_area (
    revision_id BIGINT         NOT NULL,
    position    INTEGER        NOT NULL,
    text_en     VARCHAR(10000) NOT NULL,
    text_fr     VARCHAR(10000),
    text_ru     VARCHAR(10000),
    CONSTRAINT pk_revision_sub_area PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_revision_sub_area_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);

CREATE TABLE revision_link (
    revision_id BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    label_en    VARCHAR(500)  NOT NULL,
    label_fr    VARCHAR(500),
    label_ru    VARCHAR(500),
    CONSTRAINT pk_revision_link PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_revision_link_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);
