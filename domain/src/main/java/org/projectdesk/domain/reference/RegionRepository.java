package org.projectdesk.domain.reference;

import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/** Where regions are kept. Implemented by the persistence module. */
public interface RegionRepository {

    Optional<Region> find(long id);

    Optional<Region> findByCode(Slug code);

    /** Every region, sorted by English name. */
    List<Region> findAll();

    /** Adds a new region or saves changes to a known one. */
    void store(Region region);
}
