package org.projectdesk.domain.reference;

import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/** Where organisations are kept. Implemented by the persistence module. */
public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Optional<Organisation> findBySlug(Slug slug);

    /**
     * The organisation whose acronym or English name is the given text, ignoring case and outer
     * spaces (e.g. "icmpd" or "United Nations Development Programme"); an acronym match wins.
     */
    Optional<Organisation> findByAcronymOrName(String acronymOrEnglishName);

    /** Every organisation, sorted by English name. */
    List<Organisation> findAll();

    boolean isSlugTaken(Slug slug);

    /** Adds a new organisation or saves changes to a known one. */
    void store(Organisation organisation);
}
