package org.projectdesk.persistence.importing;

import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.persistence.reference.OrganisationLookup;

import java.util.Optional;
import java.util.function.Predicate;

/** What an import needs to know about what is already stored. */
public interface References {

    Optional<Organisation> organisationBySlug(Slug slug);

    /** By acronym, else by English name, ignoring case. */
    Optional<Organisation> organisationByAcronymOrName(String acronymOrName);

    Optional<Region> region(Slug code);

    boolean entrySlugTaken(Slug slug);

    /** What is stored: organisations and regions from the database, entry addresses as the predicate says. */
    static References stored(OrganisationLookup organisations, RegionRepository regions, Predicate<Slug> entrySlugTaken) {
        return new References() {
            @Override
            public Optional<Organisation> organisationBySlug(Slug slug) {
                return organisations.bySlug(slug);
            }

            @Override
            public Optional<Organisation> organisationByAcronymOrName(String acronymOrName) {
                return organisations.byAcronymOrName(acronymOrName);
            }

            @Override
            public Optional<Region> region(Slug code) {
                return regions.findByCode(code);
            }

            @Override
            public boolean entrySlugTaken(Slug slug) {
                return entrySlugTaken.test(slug);
            }
        };
    }
}
