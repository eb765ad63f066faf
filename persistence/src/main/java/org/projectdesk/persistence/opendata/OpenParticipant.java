package org.projectdesk.persistence.opendata;

import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.LocalizedText;

/**
 * An organisation taking part in a project, with its names in every language it has: the open
 * data exports write all languages at once.
 */
public record OpenParticipant(String slug, LocalizedText name, String acronym, OrganisationKind kind,
                              ParticipationRole role, String fundingInstrument) {

    static OpenParticipant of(Participation participation) {
        Organisation organisation = participation.organisation();
        return new OpenParticipant(organisation.slug().value(), organisation.name(),
                organisation.acronym().orElse(null), organisation.kind(), participation.role(),
                participation.fundingInstrument().orElse(null));
    }
}
