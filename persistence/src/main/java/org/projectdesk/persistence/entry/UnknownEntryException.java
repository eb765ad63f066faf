package org.projectdesk.persistence.entry;

import org.projectdesk.domain.shared.NotFoundException;

/** No entry has that id (or it was asked for by a made-up id). */
public class UnknownEntryException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownEntryException(long id) {
        super("error.entry.unknown", "There is no entry {0}.", String.valueOf(id));
    }
}
