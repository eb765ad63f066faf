package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.RevisionState;

import java.io.Serializable;
import java.time.Instant;

/** One revision of an entry, for the history page; {@code restorable}: the caller may restore it now. */
public record RevisionView(int number, RevisionState state, String title, String createdBy, Instant createdAt,
                           String lastEditedBy, Instant lastEditedAt, Instant publishedAt, Integer basedOn,
                           boolean restorable) implements Serializable {

    static RevisionView of(Revision revision, boolean restorable) {
        return new RevisionView(revision.number(), revision.state(), revision.content().title().english(),
                revision.createdBy(), revision.createdAt(), revision.lastEditedBy(), revision.lastEditedAt(),
                revision.publishedAt().orElse(null),
                revision.basedOn().isPresent() ? revision.basedOn().getAsInt() : null, restorable);
    }
}
