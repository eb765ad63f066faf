package org.projectdesk.persistence.importing;

import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.Slug;

import java.util.Optional;

/** What an import needs to know about what is already stored. */
public interface References {

    Optional<Organisation> organisationBySlug(Slug slug);

    /** By acronym, else by English name, ignoring case. */
    Optional<Organisation> organisationByAcronymOrName(String acronymOrName);

    Optional<Region> region(Slug code);

    boolean entrySlugTaken(Slug slug);
}
