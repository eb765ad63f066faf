package org.projectdesk.persistence.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;

import java.util.List;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/** The organisations and regions the entry form offers (detached; read only). */
@Stateless
@RolesAllowed({EDITOR, REVIEWER, ADMIN})
public class ReferenceData {

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

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
