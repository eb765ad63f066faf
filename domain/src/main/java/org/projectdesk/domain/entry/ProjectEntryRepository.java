package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/**
 * Where entries are kept (editorial side: whole aggregates, saved with optimistic locking).
 * Implemented by the persistence module; the public side reads through its own queries.
 */
public interface ProjectEntryRepository {

    Optional<ProjectEntry> find(long id);

    Optional<ProjectEntry> findBySlug(Slug slug);

    boolean isSlugTaken(Slug slug);

    /** Adds a new entry or saves changes to a known one; fails if someone else saved it meanwhile. */
    void store(ProjectEntry entry);

    /** Every entry, most recently created first. */
    List<ProjectEntry> findAll();

    /**
     * The entry at that address with its published revision, if it is public; empty also when the
     * text is no valid address (a visitor's typing).
     */
    Optional<ProjectEntry> findPublishedBySlug(String slug);

    /** How many entries there are, in any state. */
    long count();
}
