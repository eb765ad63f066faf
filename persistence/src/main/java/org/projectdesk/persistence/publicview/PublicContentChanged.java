package org.projectdesk.persistence.publicview;

import java.util.Optional;

/**
 * Something the public side shows has changed: one project's published revision (a publication,
 * an unpublication, a republication), or everything (reference data such as organisations and
 * regions, the IATI settings, a bulk load). Fired by the services that make such changes, inside
 * their transaction; {@link PublicContentVersion} acts on it only once that transaction committed.
 * A draft save is not such a change and fires nothing.
 *
 * @param project the slug of the one project whose public answers changed, or empty for everything
 */
public record PublicContentChanged(Optional<String> project) {

    public static PublicContentChanged project(String slug) {
        return new PublicContentChanged(Optional.of(slug));
    }

    public static PublicContentChanged everything() {
        return new PublicContentChanged(Optional.empty());
    }
}
