-- Open data: a revision may name its DAC 5-digit sector (else the IATI settings' default applies)
-- and split the project over its countries in percent (else the split is even).

ALTER TABLE revision ADD COLUMN sector VARCHAR(5);

CREATE TABLE revision_country_share (
    revision_id  BIGINT       NOT NULL,
    position     INTEGER      NOT NULL,
    country_code VARCHAR(2)   NOT NULL,
    percentage   NUMERIC(5,2) NOT NULL,
    CONSTRAINT pk_revision_country_share PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_revision_country_share_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);
