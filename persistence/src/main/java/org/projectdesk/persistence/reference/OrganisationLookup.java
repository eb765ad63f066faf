package org.projectdesk.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.importing.OrganisationMention;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.Slug;

import java.util.Optional;

/**
 * Finds the stored organisation that a name in imported text stands for, the same way for the
 * demo content and for uploads: by acronym, then by English name, then by slug. Callers own the
 * transaction.
 */
@ApplicationScoped
public class OrganisationLookup {

    @Inject
    OrganisationRepository organisations;

    /** The stored organisation a legacy page mention names, if there is one. */
    public Optional<Organisation> existing(OrganisationMention mention) {
        return existing(Optional.of(mention.organisationSlug()), mention.acronym(), mention.name());
    }

    /** The stored organisation with that acronym, else that English name, else that slug. */
    public Optional<Organisation> existing(Optional<Slug> slug, String acronym, String name) {
        return Optional.ofNullable(acronym).flatMap(organisations::findByAcronymOrName)
                .or(() -> Optional.ofNullable(name).flatMap(organisations::findByAcronymOrName))
                .or(() -> slug.flatMap(organisations::findBySlug));
    }

    public Optional<Organisation> bySlug(Slug slug) {
        return organisations.findBySlug(slug);
    }

    public Optional<Organisation> byAcronymOrName(String acronymOrName) {
        return organisations.findByAcronymOrName(acronymOrName);
    }
}
