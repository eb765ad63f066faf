package org.projectdesk.persistence.reference;

import org.projectdesk.persistence.audit.AuditTrail;
import org.projectdesk.persistence.audit.AuditKind;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.persistence.publicview.PublicContentChanged;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/**
 * The administrators' management of regions and programmes (Eastern Partnership, Central Asia …):
 * list them with how many entries name each, define one, and change its names and member
 * countries unless someone changed it meanwhile. The code never changes (filters and imports use
 * it). A change re-indexes the published projects in the region, so the public search and its
 * region filter follow at once.
 */
@Stateless
@DeclareRoles({EDITOR, REVIEWER, ADMIN})
@RolesAllowed(ADMIN)
public class RegionService {

    private static final Logger LOG = Logger.getLogger(RegionService.class.getName());

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    RegionRepository regions;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PublicContentChanged> publicChanges;

    /** Every region by English name, with how many entries name it. */
    public List<RegionView> list() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select r.content.region.id, count(distinct r.entry.id) from Revision r
                        where r.content.region is not null group by r.content.region.id""", Object[].class)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return regions.findAll().stream()
                .map(region -> RegionView.of(region, counts.getOrDefault(region.id(), 0L)))
                .toList();
    }

    /** One region; refused with {@link UnknownRegionException} if there is none. */
    public RegionView find(long id) {
        Region region = regions.find(id).orElseThrow(() -> new UnknownRegionException(id));
        return RegionView.of(region, entriesNaming(region));
    }

    /** Defines a new region; its code is the one given or one made from the English name. */
    public RegionView define(String code, LocalizedText name, Collection<CountryCode> members) {
        if (name == null) {
            throw new InvalidValueException("name", "error.region.nameRequired", "A region needs a name.");
        }
        Slug address = code == null || code.isBlank() ? Slug.from(name.english()) : Slug.of(code.strip());
        if (regions.findByCode(address).isPresent()) {
            throw new InvalidValueException("code", "error.slug.taken",
                    "The address name \"{0}\" is already taken; choose another.", address.value());
        }
        Region region = Region.define(address, name, members);
        regions.store(region);
        em.flush();
        publicChanges.fire(PublicContentChanged.everything());
        LOG.info(() -> "Region defined: " + region.code().value());
        audit.byCaller(AuditKind.REFERENCE_DATA_CHANGED, null, "region defined: " + region.code().value());
        return RegionView.of(region, 0);
    }

    /** Changes a region's names and members, if nobody changed it since version {@code readVersion}. */
    public RegionView change(long id, long readVersion, LocalizedText name, Collection<CountryCode> members) {
        Region region = regions.find(id).orElseThrow(() -> new UnknownRegionException(id));
        if (region.version() != readVersion) {
            throw new RegionChangedMeanwhileException(region.name().english());
        }
        region.rename(name);
        region.changeMembers(members);
        em.flush();
        List<ProjectEntry> published = em.createQuery("""
                        select e from ProjectEntry e join e.publishedRevision r where r.content.region = :region""",
                        ProjectEntry.class)
                .setParameter("region", region).getResultList();
        var plan = Search.session(em).indexingPlan();
        published.forEach(plan::addOrUpdate);
        // its name and members show on the public pages and in the facets: all public answers follow after the commit
        publicChanges.fire(PublicContentChanged.everything());
        LOG.info(() -> "Region changed: " + region.code().value());
        audit.byCaller(AuditKind.REFERENCE_DATA_CHANGED, null, "region changed: " + region.code().value());
        return RegionView.of(region, entriesNaming(region));
    }

    private long entriesNaming(Region region) {
        return em.createQuery("select count(distinct r.entry.id) from Revision r where r.content.region = :region",
                        Long.class)
                .setParameter("region", region).getSingleResult();
    }
}
