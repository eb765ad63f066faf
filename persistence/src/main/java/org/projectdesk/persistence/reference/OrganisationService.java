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
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.persistence.publicview.PublicContentChanged;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/**
 * The administrators' management of organisations, the reference data every entry's
 * participations point to: list them (with how many entries name each), register a new one, and
 * change one (name in three languages, acronym, kind, website) unless someone changed it meanwhile.
 * The address name (slug) never changes: public addresses and imports rely on it. A change
 * re-indexes the published projects that name the organisation, so the public search finds them
 * by the new name at once.
 */
@Stateless
@DeclareRoles({EDITOR, REVIEWER, ADMIN})
@RolesAllowed(ADMIN)
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class.getName());

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PublicContentChanged> publicChanges;

    /** Every organisation by English name, with how many entries name it. */
    public List<OrganisationView> list() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select p.organisation.id, count(distinct r.entry.id)
                        from Revision r join r.content.participations p
                        group by p.organisation.id""", Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return organisations.findAll().stream()
                .map(organisation -> OrganisationView.of(organisation, counts.getOrDefault(organisation.id(), 0L)))
                .toList();
    }

    /** One organisation; refused with {@link UnknownOrganisationException} if there is none. */
    public OrganisationView find(long id) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> new UnknownOrganisationException(id));
        return OrganisationView.of(organisation, entriesNaming(organisation));
    }

    /**
     * The organisations a new one with this name and acronym would probably duplicate
     * ({@link Organisation#resembles}), so that the person can choose one of them instead.
     */
    @RolesAllowed({EDITOR, ADMIN})
    public List<OrganisationView> resembling(LocalizedText name, String acronym) {
        return organisations.findAll().stream().filter(organisation -> organisation.resembles(name, acronym))
                .map(organisation -> OrganisationView.of(organisation, 0)).toList();
    }

    /**
     * Registers a new organisation (editors too: an entry may name an organisation nobody
     * registered yet). Its address name is the one given or, if none, one made from
     * the acronym or the English name; a name already taken is refused for the field {@code slug}.
     */
    @RolesAllowed({EDITOR, ADMIN})
    public OrganisationView register(String slug, LocalizedText name, String acronym, OrganisationKind kind,
                                     String website) {
        if (name == null) {
            throw new InvalidValueException("name", "error.organisation.nameRequired", "An organisation needs a name.");
        }
        Slug address = slug == null || slug.isBlank()
                ? Slug.from(acronym == null || acronym.isBlank() ? name.english() : acronym)
                : Slug.of(slug.strip());
        if (organisations.isSlugTaken(address)) {
            throw new InvalidValueException("slug", "error.slug.taken",
                    "The address name \"{0}\" is already taken; choose another.", address.value());
        }
        Organisation organisation = Organisation.register(address, name, acronym, kind);
        organisation.changeWebsite(website);
        organisations.store(organisation);
        em.flush();
        publicChanges.fire(PublicContentChanged.everything());
        LOG.info(() -> "Organisation registered: " + organisation.slug().value());
        audit.byCaller(AuditKind.REFERENCE_DATA_CHANGED, null, "organisation registered: " + organisation.slug().value());
        return OrganisationView.of(organisation, 0);
    }

    /**
     * Changes an organisation as a whole, if nobody changed it since the administrator loaded
     * version {@code readVersion}; a refused value leaves all of it unchanged (the transaction
     * rolls back).
     */
    public OrganisationView change(long id, long readVersion, LocalizedText name, String acronym,
                                   OrganisationKind kind, String website) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> new UnknownOrganisationException(id));
        if (organisation.version() != readVersion) {
            throw new OrganisationChangedMeanwhileException(organisation.name().english());
        }
        organisation.rename(name, acronym);
        organisation.reclassify(kind);
        organisation.changeWebsite(website);
        em.flush();
        reindexProjectsNaming(organisation);
        // its names appear on every public page that names it: all public answers follow after the commit
        publicChanges.fire(PublicContentChanged.everything());
        LOG.info(() -> "Organisation changed: " + organisation.slug().value());
        audit.byCaller(AuditKind.REFERENCE_DATA_CHANGED, null, "organisation changed: " + organisation.slug().value());
        return OrganisationView.of(organisation, entriesNaming(organisation));
    }

    /**
     * Merges two organisations that are one: every revision of every entry that names {@code fromId}
     * names {@code intoId} instead (published ones too), {@code fromId} is removed (its public
     * address leads to {@code intoId}'s from then on), the search index and every public answer
     * follow after the commit.
     */
    public OrganisationView merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new InvalidValueException("into", "error.organisation.mergeSame",
                    "Choose another organisation to merge this one into.");
        }
        Organisation from = organisations.find(fromId).orElseThrow(() -> new UnknownOrganisationException(fromId));
        Organisation into = organisations.find(intoId).orElseThrow(() -> new UnknownOrganisationException(intoId));
        List<ProjectEntry> naming = em.createQuery("""
                        select distinct e from ProjectEntry e join e.revisions r join r.content.participations p
                        where p.organisation = :from""", ProjectEntry.class)
                .setParameter("from", from).getResultList();
        naming.forEach(entry -> entry.organisationMerged(from, into));
        into.takeOverAddressesOf(from);
        em.flush();
        em.remove(from);
        em.flush();
        reindexProjectsNaming(into);
        publicChanges.fire(PublicContentChanged.everything());
        LOG.info(() -> "Organisation " + from.slug().value() + " merged into " + into.slug().value() + " ("
                + naming.size() + " entries)");
        return OrganisationView.of(into, entriesNaming(into));
    }

    private long entriesNaming(Organisation organisation) {
        return em.createQuery("""
                        select count(distinct r.entry.id) from Revision r join r.content.participations p
                        where p.organisation = :organisation""", Long.class)
                .setParameter("organisation", organisation).getSingleResult();
    }

    private void reindexProjectsNaming(Organisation organisation) {
        List<ProjectEntry> published = em.createQuery("""
                        select distinct e from ProjectEntry e join e.publishedRevision r join r.content.participations p
                        where p.organisation = :organisation""", ProjectEntry.class)
                .setParameter("organisation", organisation).getResultList();
        var plan = Search.session(em).indexingPlan();
        published.forEach(plan::addOrUpdate);
    }
}
