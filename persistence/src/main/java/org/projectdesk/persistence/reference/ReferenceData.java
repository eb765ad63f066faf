package org.projectdesk.persistence.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;

import java.util.List;

/** The organisations and regions the entry form offers (detached; read only). */
@Stateless
@RolesAllowed({"EDITOR", "REVIEWER", "ADMIN"})
public class ReferenceData {

    @Inject
    JpaOrganisationRepository organisations;

    @Inject
    JpaRegionRepository regions;

    /** Every organisation, by English name. */
    public List<Organisation> organisations() {
        return organisations.findAll();
    }

    /** Every region with its members loaded, by English name. */
    public List<Region> regions() {
        List<Region> all = regions.findAll();
        all.forEach(region -> region.members().size());
        return all;
    }
}
