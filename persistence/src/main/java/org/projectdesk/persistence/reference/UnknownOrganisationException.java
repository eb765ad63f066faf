package org.projectdesk.persistence.reference;

import org.projectdesk.domain.shared.DomainException;

/** No organisation has that id. */
public class UnknownOrganisationException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownOrganisationException(long id) {
        super("error.organisation.unknown", "There is no organisation {0}.", id);
    }
}
