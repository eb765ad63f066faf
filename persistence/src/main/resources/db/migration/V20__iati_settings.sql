-- Open data: how this installation reports to IATI (one row, edited by an administrator).
-- The defaults let the export work out of the box; an administrator replaces them with the
-- organisation's registered IATI identifier, type and name before publishing the file.

CREATE TABLE iati_settings (
    id                    BIGINT       NOT NULL,
    version               BIGINT       NOT NULL,
    reporting_org_ref     VARCHAR(100) NOT NULL,
    reporting_org_type    VARCHAR(60)  NOT NULL,
    reporting_org_name_en VARCHAR(500) NOT NULL,
    reporting_org_name_fr VARCHAR(500),
    reporting_org_name_ru VARCHAR(500),
    default_sector        VARCHAR(5)   NOT NULL,
    CONSTRAINT pk_iati_settings PRIMARY KEY (id)
);

INSERT INTO iati_settings (id, version, reporting_org_ref, reporting_org_type, reporting_org_name_en,
                           reporting_org_name_fr, reporting_org_name_ru, default_sector)
VALUES (1, 0, 'XI-PROJECTDESK', 'MULTILATERAL', 'ProjectDesk', NULL, NULL, '15190');
