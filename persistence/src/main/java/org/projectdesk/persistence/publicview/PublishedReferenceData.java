package org.projectdesk.persistence.publicview;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.Slug;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisations and countries that published projects name, with how many published projects
 * name each (only published revisions count), and the regions with their member countries.
 */
@Stateless
public class PublishedReferenceData {

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    /** An organisation named by published projects, in the reader's language. */
    public record OrganisationSummary(String slug, String name, String acronym, String kind, String website,
                                      int projects) {
    }

    /** A country of published projects, named in the reader's language. */
    public record CountrySummary(String code, String name, int projects) {
    }

    /** A region as the public side shows it: its code, its name in the reader's language, its member countries (ISO codes, sorted). */
    public record RegionSummary(String code, String name, List<String> members) {
        public RegionSummary {
            members = List.copyOf(members);
        }
    }

    /** Every region, by name in the reader's language. */
    public List<RegionSummary> regions(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return em.createQuery("select r from Region r", Region.class)
                .setHint("org.hibernate.readOnly", true)
                .getResultList().stream()
                .map(region -> summary(region, language))
                .sorted(Comparator.comparing(RegionSummary::name, collator))
                .toList();
    }

    /** The region with that code, if there is one. */
    public Optional<RegionSummary> region(String code, Language language) {
        return Slug.parse(code).flatMap(wanted -> em.createQuery("select r from Region r where r.code = :code", Region.class)
                        .setParameter("code", wanted)
                        .setHint("org.hibernate.readOnly", true)
                        .getResultStream().findFirst())
                .map(region -> summary(region, language));
    }

    private static RegionSummary summary(Region region, Language language) {
        return new RegionSummary(region.code().value(), region.name().resolve(language).text(),
                region.members().stream().map(CountryCode::code).toList());
    }

    /** Every organisation that a published project names in any role, by name. */
    public List<OrganisationSummary> organisations(Language language) {
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ProjectContent content : publishedContents()) {
            Set<String> counted = new LinkedHashSet<>();
            for (Participation participation : content.participations()) {
                Organisation organisation = participation.organisation();
                String slug = organisation.slug().value();
                organisations.putIfAbsent(slug, organisation);
                if (counted.add(slug)) {
                    counts.merge(slug, 1, Integer::sum);
                }
            }
        }
        Collator collator = Collator.getInstance(language.locale());
        return organisations.values().stream()
                .map(o -> new OrganisationSummary(o.slug().value(), o.name().resolve(language).text(),
                        o.acronym().orElse(null), o.kind().name(), o.website().map(w -> w.url()).orElse(null),
                        counts.get(o.slug().value())))
                .sorted(Comparator.comparing(OrganisationSummary::name, collator))
                .toList();
    }

    /** Every country of a published project, by name in the reader's language. */
    public List<CountrySummary> countries(Language language) {
        Map<CountryCode, Integer> counts = new LinkedHashMap<>();
        for (ProjectContent content : publishedContents()) {
            content.countries().forEach(country -> counts.merge(country, 1, Integer::sum));
        }
        Collator collator = Collator.getInstance(language.locale());
        return counts.entrySet().stream()
                .map(e -> new CountrySummary(e.getKey().code(), e.getKey().displayName(language), e.getValue()))
                .sorted(Comparator.comparing(CountrySummary::name, collator))
                .toList();
    }

    private List<ProjectContent> publishedContents() {
        return em.createQuery("select e from ProjectEntry e join fetch e.publishedRevision order by e.id", ProjectEntry.class)
                .setHint("org.hibernate.readOnly", true)
                .getResultList().stream()
                .map(entry -> entry.publishedRevision().orElseThrow().content())
                .toList();
    }
}
