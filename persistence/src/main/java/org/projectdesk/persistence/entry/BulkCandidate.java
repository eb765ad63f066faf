package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.RevisionState;

import java.io.Serializable;

/**
 * An entry a reviewer can decide on in bulk: in review (approve, request changes) or published
 * (unpublish), with the version the reviewer saw, so that a change made meanwhile is noticed.
 */
public record BulkCandidate(long id, String slug, String title, int revisionNumber, RevisionState state,
                            long version) implements Serializable {
}
