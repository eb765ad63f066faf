package org.projectdesk.domain.importing;

import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;

import java.util.List;

/**
 * The organisations the legacy "Ongoing Projects" page names, with what we know of them for sure:
 * the acronym they are known by, their name in English and, where it is established, in French and
 * Russian, their kind, and other spellings the page (or a later page) may use. A French or Russian
 * name is left out rather than guessed.
 */
public enum KnownOrganisation {

    FRONTEX("Frontex", OrganisationKind.EU_AGENCY,
            "European Border and Coast Guard Agency",
            "Agence européenne de garde-frontières et de garde-côtes",
            "Европейское агентство пограничной и береговой охраны",
            "European Agency for the Management of Operational Cooperation at the External Borders"),
    IOM("IOM", OrganisationKind.UN_AGENCY,
            "International Organization for Migration",
            "Organisation internationale pour les migrations",
            "Международная организация по миграции",
            "International Organisation for Migration", "OIM", "МОМ"),
    WCO("WCO", OrganisationKind.INTERNATIONAL_ORGANISATION,
            "World Customs Organization",
            "Organisation mondiale des douanes",
            "Всемирная таможенная организация",
            "World Customs Organisation", "OMD"),
    ICMPD("ICMPD", OrganisationKind.INTERNATIONAL_ORGANISATION,
            "International Centre for Migration Policy Development",
            "Centre international pour le développement des politiques migratoires",
            "Международный центр по развитию миграционной политики",
            "International Center for Migration Policy Development"),
    UNDP("UNDP", OrganisationKind.UN_AGENCY,
            "United Nations Development Programme",
            "Programme des Nations Unies pour le développement",
            "Программа развития Организации Объединенных Наций",
            "United Nations Development Program", "UN Development Programme", "PNUD", "ПРООН"),
    EUROPEAN_COMMISSION(null, OrganisationKind.EU_INSTITUTION,
            "European Commission",
            "Commission européenne",
            "Европейская комиссия",
            "EC"),
    EUROPEAN_UNION("EU", OrganisationKind.EU_INSTITUTION,
            "European Union",
            "Union européenne",
            "Европейский союз",
            "UE", "ЕС"),
    SWITZERLAND(null, OrganisationKind.GOVERNMENT,
            "Switzerland",
            "Suisse",
            "Швейцария",
            "Swiss Confederation", "Government of Switzerland", "Confédération suisse"),
    FRANCE(null, OrganisationKind.GOVERNMENT,
            "France",
            "France",
            "Франция",
            "French Republic", "Government of France"),
    GOVERNMENT_OF_JAPAN(null, OrganisationKind.GOVERNMENT,
            "Government of Japan",
            "Gouvernement du Japon",
            "Правительство Японии",
            "Japan"),
    STATE_BORDER_GUARD_OF_LATVIA(null, OrganisationKind.GOVERNMENT_AGENCY,
            "State Border Guard of Latvia",
            null,
            "Государственная пограничная охрана Латвии",
            "State Border Guard of the Republic of Latvia", "Latvian State Border Guard", "Valsts robežsardze");

    private final String acronym;
    private final OrganisationKind kind;
    private final LocalizedText name;
    private final List<String> otherNames;

    KnownOrganisation(String acronym, OrganisationKind kind, String english, String french, String russian,
                      String... otherNames) {
        this.acronym = acronym;
        this.kind = kind;
        this.name = LocalizedText.of(english, french, russian);
        this.otherNames = List.of(otherNames);
    }

    /** The acronym or short name the organisation is known by, e.g. {@code ICMPD}; null if none is used. */
    public String acronym() {
        return acronym;
    }

    /** The full name, in English and, where known, French and Russian. */
    public LocalizedText localizedName() {
        return name;
    }

    public String englishName() {
        return name.english();
    }

    public OrganisationKind kind() {
        return kind;
    }

    /** Other spellings and translated acronyms that name the same organisation. */
    public List<String> otherNames() {
        return otherNames;
    }

    /** The address name for the organisation's reference entry: from its acronym, else its English name. */
    public Slug slug() {
        return Slug.from(acronym != null ? acronym : name.english());
    }

    /**
     * A new reference entry for this organisation, to register when none exists yet: its slug,
     * its name in every language we know it in, its acronym and its kind.
     */
    public Organisation newOrganisation() {
        return Organisation.register(slug(), name, acronym, kind);
    }
}
