package org.projectdesk.persistence.publicview;

import org.projectdesk.domain.entry.ProjectEntry;

import java.util.Optional;

/**
 * Something the public side shows has changed: one project's published revision (a publication,
 * an unpublication, a republication), or everything (reference data such as organisations and
 * regions, the IATI settings, a bulk load). Fired by the services that make such changes, inside
 * their transaction; {@link PublicContentVersion} acts on it only once that transaction committed.
 * A draft save is not such a change and fires nothing.
 *
 * @param project the one project whose public answers changed, or empty for everything
 */
public record PublicContentChanged(Optional<Project> project) {

    /**
     * The project a change is about.
     *
     * @param id   its entry's id (what the search index knows it by)
     * @param slug its address (what the public answers about it are kept under)
     */
    public record Project(long id, String slug) {
    }

    public static PublicContentChanged project(ProjectEntry entry) {
        return new PublicContentChanged(Optional.of(new Project(entry.id(), entry.slug().value())));
    }

    public static PublicContentChanged everything() {
        return new PublicContentChanged(Optional.empty());
    }
}
