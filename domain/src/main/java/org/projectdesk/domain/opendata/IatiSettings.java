package org.projectdesk.domain.opendata;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How this installation reports to IATI: the reporting organisation (its registered identifier,
 * its OrganisationType and its name) and the DAC 5-digit sector given to projects that name none.
 * One row; changed only as a whole through {@link #change}, with optimistic locking.
 */
@Entity
@Cacheable
@Table(name = "iati_settings")
public class IatiSettings implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The id of the one row. */
    public static final long SINGLETON_ID = 1L;
    public static final int MAX_REF_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 500;
    /** IATI organisation identifiers: letters, digits, hyphens, dots, underscores and colons; no spaces or slashes. */
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final Pattern DAC_SECTOR = Pattern.compile("\\d{5}");

    @Id
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "reporting_org_ref", length = MAX_REF_LENGTH, nullable = false)
    private String reportingOrgRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_org_type", length = 60, nullable = false)
    private IatiOrganisationType reportingOrgType;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "reporting_org_name_en", length = MAX_NAME_LENGTH, nullable = false))
    @AttributeOverride(name = "fr", column = @Column(name = "reporting_org_name_fr", length = MAX_NAME_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "reporting_org_name_ru", length = MAX_NAME_LENGTH))
    private LocalizedText reportingOrgName;

    @Column(name = "default_sector", length = 5, nullable = false)
    private String defaultSector;

    protected IatiSettings() {
        // for Jakarta Persistence
    }

    private IatiSettings(String ref, IatiOrganisationType type, LocalizedText name, String sector) {
        this.id = SINGLETON_ID;
        apply(ref, type, name, sector);
    }

    /** Settings that are not stored (e.g. for a test or a preview). */
    public static IatiSettings of(String ref, IatiOrganisationType type, LocalizedText name, String sector) {
        return new IatiSettings(ref, type, name, sector);
    }

    /** Replaces every setting at once, after checking each; nothing changes if one is refused. */
    public void change(String ref, IatiOrganisationType type, LocalizedText name, String sector) {
        apply(ref, type, name, sector);
    }

    private void apply(String ref, IatiOrganisationType type, LocalizedText name, String sector) {
        String checkedRef = ref == null ? "" : ref.strip();
        if (checkedRef.isEmpty() || checkedRef.length() > MAX_REF_LENGTH || !REF.matcher(checkedRef).matches()) {
            throw new InvalidValueException("reportingOrgRef", "error.iati.invalidOrganisationRef",
                    "\"{0}\" is not an IATI organisation identifier such as XM-DAC-41116: letters, digits, \"-\", \".\", \"_\" and \":\", at most {1} characters.",
                    ref, MAX_REF_LENGTH);
        }
        if (type == null) {
            throw new InvalidValueException("reportingOrgType", "error.iati.organisationTypeRequired",
                    "Choose the reporting organisation's type.");
        }
        if (name == null) {
            throw new InvalidValueException("reportingOrgName", "error.iati.organisationNameRequired",
                    "The reporting organisation needs an English name.");
        }
        for (String text : name.asMap().values()) {
            if (text.length() > MAX_NAME_LENGTH) {
                throw new InvalidValueException("reportingOrgName", "error.iati.organisationNameTooLong",
                        "A name may have at most {0} characters.", MAX_NAME_LENGTH);
            }
        }
        String checkedSector = sector == null ? "" : sector.strip();
        if (!DAC_SECTOR.matcher(checkedSector).matches()) {
            throw new InvalidValueException("defaultSector", "error.iati.invalidSector",
                    "\"{0}\" is not a DAC 5-digit sector code such as 15190.", sector);
        }
        this.reportingOrgRef = checkedRef;
        this.reportingOrgType = type;
        this.reportingOrgName = name;
        this.defaultSector = checkedSector;
    }

    public long version() {
        return version;
    }

    /** The reporting organisation's IATI identifier, e.g. {@code XM-DAC-41116}; prefix of every activity identifier. */
    public String reportingOrgRef() {
        return reportingOrgRef;
    }

    public IatiOrganisationType reportingOrgType() {
        return reportingOrgType;
    }

    public LocalizedText reportingOrgName() {
        return reportingOrgName;
    }

    /** The DAC 5-digit sector (vocabulary 1) of projects that name none, e.g. {@code 15190}. */
    public String defaultSector() {
        return defaultSector;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof IatiSettings that && Objects.equals(reportingOrgRef, that.reportingOrgRef)
                && reportingOrgType == that.reportingOrgType && Objects.equals(reportingOrgName, that.reportingOrgName)
                && Objects.equals(defaultSector, that.defaultSector);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reportingOrgRef, reportingOrgType, defaultSector);
    }

    @Override
    public String toString() {
        return reportingOrgRef + " (" + reportingOrgType.code() + ")";
    }
}
