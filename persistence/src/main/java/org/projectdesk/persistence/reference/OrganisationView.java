package org.projectdesk.persistence.reference;

import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.LocalizedText;

import java.io.Serializable;

/**
 * An organisation as the administrators' pages show it, detached.
 *
 * @param entries how many entries (any revision) name it; an organisation named nowhere may be tidied up
 */
public record OrganisationView(long id, long version, String slug, LocalizedText name, String acronym,
                               OrganisationKind kind, String website, long entries) implements Serializable {

    static OrganisationView of(Organisation organisation, long entries) {
        return new OrganisationView(organisation.id(), organisation.version(), organisation.slug().value(),
                organisation.name(), organisation.acronym().orElse(null), organisation.kind(),
                organisation.website().map(link -> link.url()).orElse(null), entries);
    }
}
