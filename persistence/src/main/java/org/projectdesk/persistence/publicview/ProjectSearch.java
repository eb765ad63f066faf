package org.projectdesk.persistence.publicview;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;

import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds published projects by {@link ProjectCriteria}, for the JSON API. Matching is done on the
 * published revisions in memory (fine at the portfolio's size, a few thousand entries); the public
 * site's search engine can take its place behind the same criteria and result page.
 */
@Stateless
public class ProjectSearch {

    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    public ProjectResultPage search(ProjectCriteria criteria) {
        List<ProjectEntry> entries = em.createQuery("""
                        select e from ProjectEntry e join fetch e.publishedRevision
                        order by e.id""", ProjectEntry.class)
                .setHint(READ_ONLY, true)
                .getResultList();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> words = criteria.text().map(ProjectSearch::words).orElse(List.of());
        List<Match> matches = new ArrayList<>();
        for (ProjectEntry entry : entries) {
            ProjectContent content = entry.publishedRevision().orElseThrow().content();
            if (!passesFacets(content, criteria, today)) {
                continue;
            }
            int rank = words.isEmpty() ? 0 : rank(content, criteria.language(), words, criteria.text().orElseThrow());
            if (!words.isEmpty() && rank == 0) {
                continue;
            }
            matches.add(new Match(entry, content, rank));
        }
        Collator collator = Collator.getInstance(criteria.language().locale());
        Comparator<Match> byTitle = Comparator.comparing(
                match -> match.content.title().resolve(criteria.language()).text(), collator);
        Comparator<Match> order = switch (criteria.sort()) {
            case TITLE -> byTitle;
            case START -> Comparator.comparing((Match match) -> match.content.duration()
                    .map(d -> d.firstDay()).orElse(LocalDate.MAX)).thenComparing(byTitle);
            case END -> Comparator.comparing((Match match) -> match.content.duration()
                    .map(d -> d.lastDay()).orElse(LocalDate.MAX)).thenComparing(byTitle);
        };
        if (!words.isEmpty()) {
            order = Comparator.comparingInt((Match match) -> -match.rank).thenComparing(order);
        }
        matches.sort(order);
        int from = (criteria.page() - 1) * criteria.size();
        List<PublishedProject> items = matches.stream().skip(from).limit(criteria.size())
                .map(match -> {
                    Revision published = match.entry.publishedRevision().orElseThrow();
                    return PublicViews.project(match.entry.slug().value(), match.content, criteria.language(),
                            published.publishedAt().orElse(null));
                })
                .toList();
        return new ProjectResultPage(items, matches.size(), criteria.page(), criteria.size());
    }

    private record Match(ProjectEntry entry, ProjectContent content, int rank) {
    }

    private static boolean passesFacets(ProjectContent content, ProjectCriteria criteria, LocalDate today) {
        if (!criteria.countries().isEmpty() && content.countries().stream().noneMatch(criteria.countries()::contains)) {
            return false;
        }
        if (criteria.region().isPresent() && content.region()
                .filter(region -> region.code().value().equals(criteria.region().get())).isEmpty()) {
            return false;
        }
        if (criteria.donor().isPresent() && !involves(content.donors(), criteria.donor().get())) {
            return false;
        }
        if (criteria.organisation().isPresent()
                && !involves(content.withRole(ParticipationRole.LEAD_IMPLEMENTER), criteria.organisation().get())
                && !involves(content.implementingPartners(), criteria.organisation().get())) {
            return false;
        }
        if (criteria.status().isPresent() && content.statusOn(today).filter(criteria.status().get()::equals).isEmpty()) {
            return false;
        }
        if (criteria.startYear().isPresent() && content.duration()
                .filter(d -> d.start().getYear() == criteria.startYear().get()).isEmpty()) {
            return false;
        }
        return criteria.endYear().isEmpty() || content.duration()
                .filter(d -> d.end().getYear() == criteria.endYear().get()).isPresent();
    }

    private static boolean involves(List<Participation> participations, String slug) {
        return participations.stream().anyMatch(p -> p.organisation().slug().value().equals(slug));
    }

    /**
     * 0 if a word is missing; else 3 for the acronym itself, 2 if every word is in the title, 1 if
     * every word is somewhere in the project's texts.
     */
    private static int rank(ProjectContent content, Language language, List<String> words, String query) {
        if (content.acronym().map(a -> fold(a).equals(fold(query))).orElse(false)) {
            return 3;
        }
        String title = fold(String.join(" ", texts(content.title(), language)));
        if (words.stream().allMatch(title::contains)) {
            return 2;
        }
        String everything = fold(searchable(content, language));
        return words.stream().allMatch(everything::contains) ? 1 : 0;
    }

    private static String searchable(ProjectContent content, Language language) {
        List<String> parts = new ArrayList<>();
        content.acronym().ifPresent(parts::add);
        Stream.of(Stream.of(content.title()), content.objective().stream(), content.specificObjectives().stream(),
                        content.targetGroups().stream(), content.finalBeneficiaries().stream(), content.subAreas().stream())
                .flatMap(s -> s)
                .forEach(text -> parts.addAll(texts(text, language)));
        for (Participation participation : content.participations()) {
            parts.addAll(texts(participation.organisation().name(), language));
            participation.organisation().acronym().ifPresent(parts::add);
        }
        content.countries().forEach(country -> {
            parts.add(country.displayName(language));
            parts.add(country.displayName(Language.EN));
        });
        return String.join(" ", parts);
    }

    private static List<String> texts(LocalizedText text, Language language) {
        return List.of(text.resolve(language).text(), text.english());
    }

    private static List<String> words(String text) {
        return Stream.of(fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Lower case without accents, so that "Armenie" finds "Arménie". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
