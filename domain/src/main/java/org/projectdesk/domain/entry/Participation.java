package org.projectdesk.domain.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation taking part in a project in a role, e.g. "European Commission, donor (ENPI)".
 * Only a donor may name a funding instrument. Immutable.
 */
@Embeddable
public class Participation implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_INSTRUMENT_LENGTH = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 30, nullable = false)
    private ParticipationRole role;

    @Column(name = "funding_instrument", length = MAX_INSTRUMENT_LENGTH)
    private String fundingInstrument;

    protected Participation() {
        // for Jakarta Persistence
    }

    private Participation(Organisation organisation, ParticipationRole role, String fundingInstrument) {
        if (organisation == null) {
            throw new InvalidValueException("participations", "error.participation.organisationRequired",
                    "Say which organisation takes part.");
        }
        if (role == null) {
            throw new InvalidValueException("participations", "error.participation.roleRequired",
                    "Say what part {0} plays.", organisation);
        }
        String instrument = fundingInstrument == null || fundingInstrument.isBlank() ? null : fundingInstrument.strip();
        if (instrument != null && role != ParticipationRole.DONOR) {
            throw new InvalidValueException("participations", "error.participation.instrumentOnlyForDonors",
                    "Only a donor can fund through an instrument such as \"{0}\"; {1} is not a donor here.",
                    instrument, organisation);
        }
        if (instrument != null && instrument.length() > MAX_INSTRUMENT_LENGTH) {
            throw new InvalidValueException("participations", "error.participation.instrumentTooLong",
                    "A funding instrument may have at most {0} characters.", MAX_INSTRUMENT_LENGTH);
        }
        this.organisation = organisation;
        this.role = role;
        this.fundingInstrument = instrument;
    }

    /** The participation in a role; the instrument (null or blank for none) is only allowed for a donor. */
    public static Participation of(Organisation organisation, ParticipationRole role, String fundingInstrument) {
        return new Participation(organisation, role, fundingInstrument);
    }

    public static Participation lead(Organisation organisation) {
        return new Participation(organisation, ParticipationRole.LEAD_IMPLEMENTER, null);
    }

    public static Participation implementingPartner(Organisation organisation) {
        return new Participation(organisation, ParticipationRole.IMPLEMENTING_PARTNER, null);
    }

    /** A donor funding through a named instrument such as {@code ENPI} or {@code IPA-I}. */
    public static Participation donor(Organisation organisation, String fundingInstrument) {
        return new Participation(organisation, ParticipationRole.DONOR, fundingInstrument);
    }

    public static Participation donor(Organisation organisation) {
        return new Participation(organisation, ParticipationRole.DONOR, null);
    }

    public static Participation partner(Organisation organisation) {
        return new Participation(organisation, ParticipationRole.PARTNER, null);
    }

    public Organisation organisation() {
        return organisation;
    }

    public ParticipationRole role() {
        return role;
    }

    public Optional<String> fundingInstrument() {
        return Optional.ofNullable(fundingInstrument);
    }

    public boolean is(ParticipationRole wanted) {
        return role == wanted;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Participation that && organisation.equals(that.organisation)
                && role == that.role && Objects.equals(fundingInstrument, that.fundingInstrument);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisation, role, fundingInstrument);
    }

    @Override
    public String toString() {
        return organisation + " (" + role + (fundingInstrument == null ? "" : ", " + fundingInstrument) + ")";
    }
}
