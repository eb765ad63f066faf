package org.projectdesk.persistence.publicview;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.domain.shared.WebLink;


import java.text.Collator;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public side's reads: only published revisions, ever, turned into read models in the
 * reader's language. Nothing here returns an editable entity.
 */
@Stateless
public class PublishedProjects {

    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    ProjectEntryRepository entries;

    /** Every published project, sorted by its title in that language. */
    public List<PublishedProjectSummary> list(Language language) {
        List<ProjectEntry> entries = em.createQuery("""
                        select e from ProjectEntry e join fetch e.publishedRevision
                        order by e.id""", ProjectEntry.class)
                .setHint(READ_ONLY, true)
                .getResultList();
        Collator collator = Collator.getInstance(language.locale());
        return entries.stream()
                .map(entry -> PublicViews.summary(entry.slug().value(),
                        entry.publishedRevision().orElseThrow().content(), language))
                .sorted(Comparator.comparing(PublishedProjectSummary::title, collator))
                .toList();
    }

    /** The published project with that slug, or nothing when there is none or it is not public. */
    public Optional<PublishedProject> find(String slug, Language language) {
        return entries.findPublishedBySlug(slug).map(entry -> {
            Revision published = entry.publishedRevision().orElseThrow();
            return PublicViews.project(entry.slug().value(), published.content(), language,
                    published.publishedAt().orElse(null));
        });
    }

    /**
     * Whether the published translation of the project into the language is outdated somewhere (the
     * English text of a field changed after its translation was last edited). Never for English.
     */
    public boolean translationOutdated(String slug, Language language) {
        return language != Language.EN && !em.createQuery("""
                        select l from ProjectEntry e join e.publishedRevision r join r.outdatedLanguages l
                        where e.slug.value = :slug and l = :language""", Language.class)
                .setParameter("slug", slug).setParameter("language", language)
                .setHint(READ_ONLY, true).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * An organisation as its public page names it. Whether it takes part in any published project
     * (in any role) the search says, which lists its projects a page at a time
     * ({@link ProjectQuery#participants()}).
     */
    public Optional<OrganisationProfile> organisation(String slug, Language language) {
        return Slug.parse(slug).flatMap(wanted -> em.createQuery(
                                "select o from Organisation o where o.slug = :slug", Organisation.class)
                        .setParameter("slug", wanted)
                        .setHint(READ_ONLY, true)
                        .getResultStream().findFirst())
                .map(found -> new OrganisationProfile(PublicViews.name(found, language),
                        found.website().map(WebLink::url).orElse(null)));
    }

    /**
     * The address an organisation has now, when {@code slug} was the address of one merged into it:
     * links to the merged one lead there.
     */
    public Optional<String> currentAddressOf(String slug) {
        return Slug.parse(slug).flatMap(wanted -> em.createQuery(
                                "select o.slug.value from Organisation o join o.formerSlugs former where former.value = :slug",
                                String.class)
                        .setParameter("slug", wanted.value())
                        .getResultStream().findFirst());
    }

    /**
     * The roles an organisation plays in some published projects (lead, implementing partner, donor,
     * partner), by project slug: one query for a page of projects.
     */
    public Map<String, List<ParticipationRole>> rolesOf(String organisationSlug, Collection<String> projectSlugs) {
        if (projectSlugs.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select e.slug.value, p.role from ProjectEntry e join e.publishedRevision r
                        join r.content.participations p
                        where p.organisation.slug = :organisation and e.slug.value in :projects""", Object[].class)
                .setParameter("organisation", Slug.of(organisationSlug))
                .setParameter("projects", projectSlugs)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (String) row[0], Collectors.mapping(
                        row -> (ParticipationRole) row[1],
                        Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), List::copyOf))));
    }

    /** Every public page's subject, for the site map. */
    public PublicSiteMap siteMap() {
        List<PublicSiteMap.Page> projects = em.createQuery("""
                        select e.slug.value, r.publishedAt from ProjectEntry e join e.publishedRevision r
                        order by e.slug.value""", Object[].class)
                .getResultList().stream()
                .map(row -> new PublicSiteMap.Page((String) row[0], (Instant) row[1]))
                .toList();
        List<String> countries = em.createQuery("""
                        select distinct c.code from ProjectEntry e join e.publishedRevision r
                        join r.content.countries c order by c.code""", String.class)
                .getResultList();
        List<String> organisations = em.createQuery("""
                        select distinct o.slug.value from ProjectEntry e join e.publishedRevision r
                        join r.content.participations p join p.organisation o order by o.slug.value""", String.class)
                .getResultList();
        List<String> regions = em.createQuery("""
                        select distinct g.code.value from ProjectEntry e join e.publishedRevision r
                        join r.content.region g order by g.code.value""", String.class)
                .getResultList();
        return new PublicSiteMap(projects, countries, organisations, regions);
    }
}
