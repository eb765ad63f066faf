package org.projectdesk.persistence.importing;

import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.Slug;

import java.util.Locale;
import java.util.Optional;

/** The generated contents' organisations and regions as what is stored (by slug, acronym or name); no entry slug is taken. */
public final class GeneratedReferences implements References {

    @Override
    public Optional<Organisation> organisationBySlug(Slug slug) {
        return ContentGenerator.organisation(slug);
    }

    @Override
    public Optional<Organisation> organisationByAcronymOrName(String acronymOrName) {
        String wanted = acronymOrName.toLowerCase(Locale.ROOT);
        return ContentGenerator.organisations().stream()
                .filter(o -> o.acronym().map(a -> a.toLowerCase(Locale.ROOT).equals(wanted)).orElse(false)
                        || o.name().english().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    @Override
    public Optional<Region> region(Slug code) {
        return ContentGenerator.region(code);
    }

    @Override
    public boolean entrySlugTaken(Slug slug) {
        return false;
    }
}
