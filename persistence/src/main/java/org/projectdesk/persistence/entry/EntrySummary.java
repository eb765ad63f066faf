package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.RevisionState;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the desk's lists: an entry and its {@linkplain ProjectEntry#currentRevision() current
 * revision} (the open one if there is one, else the published one, else the latest not discarded),
 * in English. The reviewer's comment is the one that
 * sent a draft back, or the one given with the approval of a published revision.
 */
public record EntrySummary(long id, String slug, String title, String acronym, int revisionNumber,
                           RevisionState state, boolean live, String lastEditedBy, Instant lastEditedAt,
                           String submittedBy, Instant submittedAt, String reviewComment, Instant publishedAt) implements Serializable {

    static EntrySummary of(ProjectEntry entry) {
        Revision current = entry.currentRevision();
        Instant publishedAt = entry.publishedRevision().flatMap(Revision::publishedAt).orElse(null);
        return new EntrySummary(entry.id(), entry.slug().value(), current.content().title().english(),
                current.content().acronym().orElse(null), current.number(), current.state(), entry.isPublic(),
                current.lastEditedBy(), current.lastEditedAt(), current.submittedBy().orElse(null),
                current.submittedAt().orElse(null),
                current.state() == RevisionState.DRAFT || current.state() == RevisionState.PUBLISHED
                        ? current.reviewComment().orElse(null) : null,
                publishedAt);
    }
}
