package org.projectdesk.domain.importing;

import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.PlainText;
import org.projectdesk.domain.shared.Slug;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An organisation as the legacy page names it in one role of one project: "Frontex" leading,
 * "European Commission (ENPI)" funding through the ENPI instrument. Immutable.
 */
public final class OrganisationMention {

    private static final Pattern GOVERNMENT = Pattern.compile("^(government|republic|kingdom|state) of\\b.*");
    private static final Pattern GOVERNMENT_AGENCY = Pattern.compile(
            ".*\\b(ministry|border guard|border police|border service|police|customs service|customs administration"
                    + "|coast guard|state agency|national agency)\\b.*");
    private static final Pattern UN = Pattern.compile("^(united nations\\b.*|un [a-z].*|unhcr|unicef|unodc|undp|unfpa|unops|unesco)$");
    private static final Pattern NGO = Pattern.compile(".*\\b(foundation|association|society|red cross|red crescent|ngo|charity)\\b.*");

    private final String name;
    private final String acronym;
    private final MentionRole role;
    private final String fundingInstrument;
    private final KnownOrganisation resolved;

    public OrganisationMention(String name, String acronym, MentionRole role, String fundingInstrument,
                               KnownOrganisation resolved) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an organisation mention needs a name");
        }
        this.name = name.strip();
        this.acronym = acronym == null || acronym.isBlank() ? null : acronym.strip();
        this.role = Objects.requireNonNull(role, "role");
        this.fundingInstrument = fundingInstrument == null || fundingInstrument.isBlank() ? null : fundingInstrument.strip();
        this.resolved = resolved;
    }

    /** The name as the page writes it, or as corrected when it was misspelt (then a warning says so). */
    public String name() {
        return name;
    }

    /** The acronym, as written next to the name or as the catalogue knows it; null if none. */
    public String acronym() {
        return acronym;
    }

    public MentionRole role() {
        return role;
    }

    /** For donors: the funding instrument named in brackets, e.g. {@code ENPI}, {@code IPA-I}; else null. */
    public String fundingInstrument() {
        return fundingInstrument;
    }

    /** The catalogue organisation this name stands for; empty if unknown (it will be created). */
    public Optional<KnownOrganisation> resolved() {
        return Optional.ofNullable(resolved);
    }

    /**
     * The address name of the organisation's reference entry: the catalogue's for a known one, else
     * from the acronym or the name. Throws {@link org.projectdesk.domain.shared.InvalidValueException}
     * if the name has no Latin letters or digits to make one from.
     */
    public Slug organisationSlug() {
        return resolved != null ? resolved.slug() : Slug.from(acronym != null ? acronym : name);
    }

    /**
     * A new reference entry to register when no organisation with {@link #organisationSlug()} exists
     * yet: for a known organisation with its translated names and kind; for an unknown one with the
     * name as written (English only) and {@link #likelyKind()}.
     */
    public Organisation newOrganisation() {
        if (resolved != null) {
            return resolved.newOrganisation();
        }
        return Organisation.register(organisationSlug(), LocalizedText.of(name), acronym, likelyKind());
    }

    /**
     * The kind of a known organisation; for an unknown one a guess from its name ("Government of
     * …", "… Border Guard …", "United Nations …", "… Foundation"), else {@link OrganisationKind#OTHER}.
     */
    public OrganisationKind likelyKind() {
        if (resolved != null) {
            return resolved.kind();
        }
        String key = PlainText.key(name);
        if (GOVERNMENT.matcher(key).matches() || CountryNames.lookup(name).isPresent()) {
            return OrganisationKind.GOVERNMENT;
        }
        if (UN.matcher(key).matches()) {
            return OrganisationKind.UN_AGENCY;
        }
        if (GOVERNMENT_AGENCY.matcher(key).matches()) {
            return OrganisationKind.GOVERNMENT_AGENCY;
        }
        if (NGO.matcher(key).matches()) {
            return OrganisationKind.NGO;
        }
        return OrganisationKind.OTHER;
    }

    /** The participation of the given organisation (the one this mention names) in this mention's role. */
    public Participation toParticipation(Organisation organisation) {
        return Participation.of(organisation, role.participationRole(), fundingInstrument);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OrganisationMention that
                && name.equals(that.name) && Objects.equals(acronym, that.acronym) && role == that.role
                && Objects.equals(fundingInstrument, that.fundingInstrument) && resolved == that.resolved;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, acronym, role, fundingInstrument, resolved);
    }

    @Override
    public String toString() {
        return role + " " + name + (acronym != null && !acronym.equals(name) ? " (" + acronym + ")" : "")
                + (fundingInstrument != null ? " via " + fundingInstrument : "")
                + (resolved != null ? " = " + resolved : " (unknown)");
    }
}
