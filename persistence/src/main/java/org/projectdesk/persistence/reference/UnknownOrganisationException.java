package org.projectdesk.persistence.reference;

import org.projectdesk.domain.shared.NotFoundException;

/** No organisation has that id. */
public class UnknownOrganisationException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownOrganisationException(long id) {
        super("error.organisation.unknown", "There is no organisation {0}.", id);
    }
}
