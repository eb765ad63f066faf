package org.projectdesk.persistence.entry;

import org.projectdesk.domain.shared.DomainException;

import java.io.Serializable;

/**
 * What a bulk decision did to one entry: done (with the entry's new version), or refused with the
 * reason (four eyes, changed meanwhile, a comment needed …), which changed nothing of that entry.
 */
public record BulkOutcome(long entryId, String slug, String title, EntryRef done, DomainException refusal)
        implements Serializable {

    public boolean isDone() {
        return done != null;
    }
}
