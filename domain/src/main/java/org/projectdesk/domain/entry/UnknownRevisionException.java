package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.DomainException;

/** The entry has no revision with that number. */
public class UnknownRevisionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownRevisionException(Object entrySlug, int revisionNumber) {
        super("error.entry.unknownRevision", "Entry \"{0}\" has no revision {1}.", entrySlug, String.valueOf(revisionNumber));
    }
}
