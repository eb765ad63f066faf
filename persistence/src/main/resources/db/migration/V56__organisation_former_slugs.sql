-- The public addresses of organisations merged into another: /organisations/{old slug} leads to the
-- organisation that took them over (Organisation.takeOverAddressesOf).
-- Portable SQL for H2 2.x and PostgreSQL.
CREATE TABLE organisation_former_slug (
    organisation_id BIGINT      NOT NULL,
    slug            VARCHAR(80) NOT NULL,
    CONSTRAINT pk_organisation_former_slug PRIMARY KEY (slug),
    CONSTRAINT fk_organisation_former_slug_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_organisation_former_slug_organisation ON organisation_former_slug (organisation_id);
