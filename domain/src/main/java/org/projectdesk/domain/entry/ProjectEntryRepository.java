package org.projectdesk.domain.entry;

import org.projectdesk.domain.reference.Organisation;
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

    /** Entries whose open revision is IN_REVIEW: the reviewers' queue, oldest submission first. */
    List<ProjectEntry> findAwaitingReview();

    /** Entries with an open DRAFT or IN_REVIEW revision last edited by that user. */
    List<ProjectEntry> findOpenDraftsEditedBy(String username);

    /** Entries whose published revision names the organisation in any role. */
    List<ProjectEntry> findPublishedInvolving(Organisation organisation);
}
