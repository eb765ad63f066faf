package org.projectdesk.persistence.reference;

import org.projectdesk.domain.shared.DomainException;

/** Someone saved the region after the administrator loaded it; nothing was overwritten. */
public class RegionChangedMeanwhileException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RegionChangedMeanwhileException(String name) {
        super("error.region.changedMeanwhile",
                "Someone else changed {0} meanwhile, so nothing was overwritten; look at their version and save again.",
                name);
    }
}
