package org.projectdesk.persistence.reference;

import org.projectdesk.domain.shared.NotFoundException;

/** No region has that id. */
public class UnknownRegionException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownRegionException(long id) {
        super("error.region.unknownId", "There is no region {0}.", id);
    }
}
