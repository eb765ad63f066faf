package org.projectdesk.domain.opendata;

import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.InvalidValueException;

import java.util.Arrays;

/** The IATI OrganisationType codelist (the {@code type} attribute of reporting and participating organisations). */
public enum IatiOrganisationType {
    GOVERNMENT("10"),
    LOCAL_GOVERNMENT("11"),
    OTHER_PUBLIC_SECTOR("15"),
    INTERNATIONAL_NGO("21"),
    NATIONAL_NGO("22"),
    REGIONAL_NGO("23"),
    PARTNER_COUNTRY_BASED_NGO("24"),
    PUBLIC_PRIVATE_PARTNERSHIP("30"),
    MULTILATERAL("40"),
    FOUNDATION("60"),
    PRIVATE_SECTOR("70"),
    PRIVATE_SECTOR_IN_PROVIDER_COUNTRY("71"),
    PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY("72"),
    PRIVATE_SECTOR_IN_THIRD_COUNTRY("73"),
    ACADEMIC_TRAINING_AND_RESEARCH("80"),
    OTHER("90");

    private final String code;

    IatiOrganisationType(String code) {
        this.code = code;
    }

    /** The codelist code, e.g. {@code 40} for multilateral. */
    public String code() {
        return code;
    }

    /** The type with that code; refused with a message naming the field when there is none. */
    public static IatiOrganisationType ofCode(String code) {
        String wanted = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(type -> type.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidValueException("reportingOrgType", "error.iati.unknownOrganisationType",
                        "\"{0}\" is not a code of the IATI OrganisationType codelist (10, 11, 15, 21 … 90).", code));
    }

    /**
     * The IATI type of an organisation of that kind: international bodies, EU institutions and
     * agencies and UN agencies report as multilateral, governments and their agencies as government.
     */
    public static IatiOrganisationType of(OrganisationKind kind) {
        return switch (kind) {
            case EU_INSTITUTION, EU_AGENCY, INTERNATIONAL_ORGANISATION, UN_AGENCY -> MULTILATERAL;
            case GOVERNMENT, GOVERNMENT_AGENCY -> GOVERNMENT;
            case NGO -> INTERNATIONAL_NGO;
            case OTHER -> OTHER;
        };
    }
}
