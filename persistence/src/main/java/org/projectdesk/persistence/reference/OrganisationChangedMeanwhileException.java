package org.projectdesk.persistence.reference;

import org.projectdesk.domain.shared.DomainException;

/** Someone saved the organisation after the administrator loaded it; nothing was overwritten. */
public class OrganisationChangedMeanwhileException extends DomainException {

    private static final long serialVersionUID = 1L;

    public OrganisationChangedMeanwhileException(String name) {
        super("error.organisation.changedMeanwhile",
                "Someone else changed {0} meanwhile, so nothing was overwritten; look at their version and save again.",
                name);
    }
}
