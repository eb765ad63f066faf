package org.projectdesk.persistence.publicview;

import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.ProjectStatus;
import org.projectdesk.persistence.publicview.search.Highlighter;
import org.projectdesk.persistence.publicview.search.IndexedTexts;
import org.projectdesk.persistence.publicview.search.ProjectIndex;
import org.projectdesk.persistence.publicview.search.SearchAnalysis;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Searches, filters, sorts and pages the published projects through the search index (Hibernate
 * Search, Lucene): the one query behind the public listing, the timeline, the feed and the JSON
 * API. Facet counts follow the usual rule for combinable filters: a facet's values are counted with
 * every <em>other</em> facet's choice applied, so choosing Armenia still shows how many projects
 * Georgia would add. Status is derived at query time from the month range and today's date.
 */
@Stateless
public class ProjectSearch {

    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("countries");
    private static final AggregationKey<Map<String, Long>> REGIONS = AggregationKey.of("regions");
    private static final AggregationKey<Map<String, Long>> DONORS = AggregationKey.of("donors");
    private static final AggregationKey<Map<String, Long>> ORGANISATIONS = AggregationKey.of("organisations");
    private static final AggregationKey<Map<String, Long>> LEADS = AggregationKey.of("leads");
    private static final AggregationKey<Map<Integer, Long>> START_YEARS = AggregationKey.of("startYears");
    private static final AggregationKey<Map<Integer, Long>> END_YEARS = AggregationKey.of("endYears");
    private static final AggregationKey<Map<Range<LocalDate>, Long>> STARTED = AggregationKey.of("started");
    private static final AggregationKey<Map<Range<LocalDate>, Long>> ENDED = AggregationKey.of("ended");
    private static final int MAX_FACET_VALUES = 500;
    private static final int MAX_PASSAGES = 3;
    /** Reference look-ups answered from Hibernate's query cache (invalidated when those tables change). */
    private static final String CACHEABLE = "org.hibernate.cacheable";

    /** The facets, each one a filter on the query and a set of counts. */
    private enum Facet { COUNTRY, REGION, DONOR, ORGANISATION, STATUS, START_YEAR, END_YEAR }

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;


    /** One page of the projects the query asks for, with the total and the facet counts. */
    public ProjectSearchResult search(ProjectQuery query) {
        return search(query, null);
    }

    /**
     * Like {@link #search}, with every project of the page in full (as the JSON API shows them),
     * read from the same loaded entries: no query per project.
     */
    public ProjectSearchResult.WithProjects searchWithProjects(ProjectQuery query) {
        List<PublishedProject> projects = new ArrayList<>();
        ProjectSearchResult result = search(query, projects);
        return new ProjectSearchResult.WithProjects(result, List.copyOf(projects));
    }

    private ProjectSearchResult search(ProjectQuery asked, List<PublishedProject> projects) {
        ProjectQuery query = known(asked);
        LocalDate today = LocalDate.now(clock);
        Language language = query.language();
        SearchSession session = Search.session(em);
        SearchScope<ProjectEntry> scope = session.scope(ProjectEntry.class);
        SearchPredicateFactory f = scope.predicate();

        Map<Facet, SearchPredicate> filters = filters(f, query, today);
        SearchPredicate text = takingPart(f, query, query.hasText() ? textPredicate(f, query.text(), language) : null);

        SearchResult<ProjectEntry> result = withFacetCounts(session.search(scope)
                .where(combine(f, text, filters, null))
                .sort(s -> sort(s, query)), today)
                .fetch(query.offset(), query.size());

        Highlighter highlighter = query.hasText() ? new Highlighter(SearchAnalysis.localAnalyzer(language), query.text()) : null;
        // an entry unpublished while this query ran is left out rather than shown
        List<ProjectEntry> shown = result.hits().stream().filter(ProjectEntry::isPublic).toList();
        List<ProjectHit> hits = shown.stream().map(entry -> hit(entry, language, today, highlighter)).toList();
        if (projects != null) {
            for (ProjectEntry entry : shown) {
                Revision published = entry.publishedRevision().orElseThrow();
                projects.add(PublicViews.project(entry.slug().value(), published.content(), language,
                        published.publishedAt().orElse(null)));
            }
        }
        Counts counts = new Counts(result);
        Tallies matched = counts.tallies(result.total().hitCount());
        for (Facet facet : filters.keySet()) {
            // a chosen facet is counted without its own choice
            counts.replace(facet, countWithout(session, scope, f, text, filters, facet, today));
        }
        Labels labels = labels(counts, matched, query);
        return new ProjectSearchResult(query, hits, result.total().hitCount(), facets(counts, query, labels),
                matched.figures(language, labels.region(), labels.organisation(), labels.organisationShort()));
    }

    /** Every project the query's filters and words match (ignoring its paging), for the timeline: at most {@value ProjectQuery#MAX_SIZE}. */
    public ProjectSearchResult searchAll(ProjectQuery query) {
        return search(query.toBuilder().page(1).size(ProjectQuery.MAX_SIZE).build());
    }

    /**
     * The query without the facet values that name nothing (unknown countries, regions and
     * organisations) and with at most {@value ProjectQuery#MAX_VALUES_PER_FACET} values per facet and
     * {@value ProjectQuery#MAX_WORDS} search words (the pages refuse more; this keeps every caller
     * within the engine's limits): so nothing a request invents is repeated in every link of the
     * answer.
     */
    private ProjectQuery known(ProjectQuery query) {
        Set<String> slugs = new HashSet<>(query.donors());
        slugs.addAll(query.organisations());
        Set<String> organisations = organisations(capped(slugs, 2 * ProjectQuery.MAX_VALUES_PER_FACET)).keySet();
        Set<String> regions = query.regions().isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                        "select r.code.value from Region r where r.code.value in :codes", String.class)
                .setParameter("codes", capped(query.regions(), ProjectQuery.MAX_VALUES_PER_FACET))
                .getResultList());
        return query.toBuilder()
                .text(words(query.text()))
                .countries(capped(query.countries().stream().filter(ProjectSearch::isCountry).toList(),
                        ProjectQuery.MAX_VALUES_PER_FACET))
                .regions(capped(query.regions().stream().filter(regions::contains).toList(), ProjectQuery.MAX_VALUES_PER_FACET))
                .donors(capped(query.donors().stream().filter(organisations::contains).toList(), ProjectQuery.MAX_VALUES_PER_FACET))
                .organisations(capped(query.organisations().stream().filter(organisations::contains).toList(),
                        ProjectQuery.MAX_VALUES_PER_FACET))
                .participants(capped(query.participants(), ProjectQuery.MAX_VALUES_PER_FACET))
                .statuses(capped(query.statuses(), ProjectQuery.MAX_VALUES_PER_FACET))
                .startYears(capped(query.startYears(), ProjectQuery.MAX_VALUES_PER_FACET))
                .endYears(capped(query.endYears(), ProjectQuery.MAX_VALUES_PER_FACET))
                .build();
    }

    private static String words(String text) {
        if (text == null) {
            return null;
        }
        String bounded = text.length() > ProjectQuery.MAX_TEXT_LENGTH ? text.substring(0, ProjectQuery.MAX_TEXT_LENGTH) : text;
        String[] words = bounded.strip().split("\\s+");
        return words.length <= ProjectQuery.MAX_WORDS ? bounded
                : String.join(" ", java.util.Arrays.copyOf(words, ProjectQuery.MAX_WORDS));
    }

    private static boolean isCountry(String code) {
        try {
            CountryCode.of(code);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static <T> Set<T> capped(Collection<T> values, int max) {
        return values.stream().limit(max).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    // --- predicates ---

    private static SearchPredicate textPredicate(SearchPredicateFactory f, String text, Language language) {
        return f.bool()
                .should(f.match().field(ProjectIndex.ACRONYM).matching(text).boost(20f))
                .should(f.simpleQueryString()
                        .field(ProjectIndex.title(language)).boost(4f)
                        .field(ProjectIndex.text(language))
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND))
                .toPredicate();
    }

    private static Map<Facet, SearchPredicate> filters(SearchPredicateFactory f, ProjectQuery query, LocalDate today) {
        Map<Facet, SearchPredicate> filters = new EnumMap<>(Facet.class);
        anyOf(f, ProjectIndex.COUNTRY, upper(query.countries())).ifPresent(p -> filters.put(Facet.COUNTRY, p));
        anyOf(f, ProjectIndex.REGION, query.regions()).ifPresent(p -> filters.put(Facet.REGION, p));
        anyOf(f, ProjectIndex.DONOR, query.donors()).ifPresent(p -> filters.put(Facet.DONOR, p));
        anyOf(f, ProjectIndex.IMPLEMENTER, query.organisations()).ifPresent(p -> filters.put(Facet.ORGANISATION, p));
        anyOf(f, ProjectIndex.START_YEAR, query.startYears()).ifPresent(p -> filters.put(Facet.START_YEAR, p));
        anyOf(f, ProjectIndex.END_YEAR, query.endYears()).ifPresent(p -> filters.put(Facet.END_YEAR, p));
        if (!query.statuses().isEmpty()) {
            BooleanPredicateClausesStep<?> any = f.bool();
            for (ProjectStatus status : query.statuses()) {
                any.should(status(f, status, today));
            }
            filters.put(Facet.STATUS, any.toPredicate());
        }
        return filters;
    }

    private static SearchPredicate status(SearchPredicateFactory f, ProjectStatus status, LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        return switch (status) {
            case UPCOMING -> f.range().field(ProjectIndex.START_MONTH).greaterThan(today).toPredicate();
            case COMPLETED -> f.range().field(ProjectIndex.END_MONTH).lessThan(thisMonth).toPredicate();
            case ONGOING -> f.bool()
                    .must(f.range().field(ProjectIndex.START_MONTH).atMost(today))
                    .must(f.range().field(ProjectIndex.END_MONTH).atLeast(thisMonth))
                    .toPredicate();
        };
    }

    private static <T> Optional<SearchPredicate> anyOf(SearchPredicateFactory f, String field, Set<T> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BooleanPredicateClausesStep<?> any = f.bool();
        for (T value : values) {
            any.should(f.match().field(field).matching(value));
        }
        return Optional.of(any.toPredicate());
    }

    private static Set<String> upper(Set<String> codes) {
        return Set.copyOf(codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList());
    }

    /**
     * The words, limited to the projects the query's organisations take part in (in any role) when it
     * names some: not a facet, so every count is of those projects only.
     */
    private static SearchPredicate takingPart(SearchPredicateFactory f, ProjectQuery query, SearchPredicate text) {
        Optional<SearchPredicate> participants = anyOf(f, ProjectIndex.PARTICIPANT, query.participants());
        if (participants.isEmpty()) {
            return text;
        }
        return f.bool().must(text == null ? f.matchAll().toPredicate() : text).filter(participants.get()).toPredicate();
    }

    /** The words (scored) and every filter except the one left out (not scored). */
    private static SearchPredicate combine(SearchPredicateFactory f, SearchPredicate text,
                                           Map<Facet, SearchPredicate> filters, Facet leftOut) {
        BooleanPredicateClausesStep<?> all = f.bool().must(text == null ? f.matchAll().toPredicate() : text);
        filters.forEach((facet, filter) -> {
            if (facet != leftOut) {
                all.filter(filter);
            }
        });
        return all.toPredicate();
    }

    private static SortFinalStep sort(SearchSortFactory s, ProjectQuery query) {
        String title = ProjectIndex.titleSort(query.language());
        return switch (query.effectiveSort()) {
            case RELEVANCE -> s.score().then().field(title);
            case TITLE -> s.field(title);
            case START_ASC -> s.field(ProjectIndex.START_MONTH).asc().missing().last().then().field(title);
            case START_DESC -> s.field(ProjectIndex.START_MONTH).desc().missing().last().then().field(title);
            case END_ASC -> s.field(ProjectIndex.END_MONTH).asc().missing().last().then().field(title);
            case END_DESC -> s.field(ProjectIndex.END_MONTH).desc().missing().last().then().field(title);
            case PUBLISHED_DESC -> s.field(ProjectIndex.PUBLISHED_AT).desc().missing().last().then().field(title);
        };
    }

    // --- counts ---

    /** The query with the counts of every facet (terms per facet, and months before and after today). */
    private static <H> SearchQueryOptionsStep<?, H, ?, ?, ?> withFacetCounts(SearchQueryOptionsStep<?, H, ?, ?, ?> query,
                                                                         LocalDate today) {
        return query
                .aggregation(COUNTRIES, a -> a.terms().field(ProjectIndex.COUNTRY, String.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(REGIONS, a -> a.terms().field(ProjectIndex.REGION, String.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(DONORS, a -> a.terms().field(ProjectIndex.DONOR, String.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(ORGANISATIONS, a -> a.terms().field(ProjectIndex.IMPLEMENTER, String.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(LEADS, a -> a.terms().field(ProjectIndex.LEAD, String.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(START_YEARS, a -> a.terms().field(ProjectIndex.START_YEAR, Integer.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(END_YEARS, a -> a.terms().field(ProjectIndex.END_YEAR, Integer.class).maxTermCount(MAX_FACET_VALUES))
                .aggregation(STARTED, a -> a.range().field(ProjectIndex.START_MONTH, LocalDate.class)
                        // canonical ranges (upper bound excluded), which OpenSearch's range aggregation
                        // requires: started by today = before tomorrow, not yet = from tomorrow
                        .range(Range.lessThan(today.plusDays(1))).range(Range.atLeast(today.plusDays(1))))
                .aggregation(ENDED, a -> a.range().field(ProjectIndex.END_MONTH, LocalDate.class)
                        .range(Range.lessThan(today.withDayOfMonth(1))));
    }

    private Counts countWithout(SearchSession session, SearchScope<ProjectEntry> scope, SearchPredicateFactory f,
                                SearchPredicate text, Map<Facet, SearchPredicate> filters, Facet facet, LocalDate today) {
        SearchResult<?> result = withFacetCounts(session.search(scope)
                .where(combine(f, text, filters, facet)), today)
                .fetch(0);
        return new Counts(result);
    }

    /** The counts of every facet, read from one result; some replaced by the counts of another. */
    private static final class Counts {
        private final Map<Facet, Map<String, Long>> byFacet = new EnumMap<>(Facet.class);
        private final Map<String, Long> leads;
        private final Map<Integer, Long> startYears;
        private final Map<Integer, Long> endYears;

        Counts(SearchResult<?> result) {
            leads = result.aggregation(LEADS);
            startYears = result.aggregation(START_YEARS);
            endYears = result.aggregation(END_YEARS);
            byFacet.put(Facet.COUNTRY, result.aggregation(COUNTRIES));
            byFacet.put(Facet.REGION, result.aggregation(REGIONS));
            byFacet.put(Facet.DONOR, result.aggregation(DONORS));
            byFacet.put(Facet.ORGANISATION, result.aggregation(ORGANISATIONS));
            byFacet.put(Facet.START_YEAR, strings(result.aggregation(START_YEARS)));
            byFacet.put(Facet.END_YEAR, strings(result.aggregation(END_YEARS)));
            Map<Range<LocalDate>, Long> started = result.aggregation(STARTED);
            Map<Range<LocalDate>, Long> ended = result.aggregation(ENDED);
            long startedByToday = 0;
            long upcoming = 0;
            for (Map.Entry<Range<LocalDate>, Long> range : started.entrySet()) {
                if (range.getKey().upperBoundValue().isPresent()) {
                    startedByToday = range.getValue();
                } else {
                    upcoming = range.getValue();
                }
            }
            long completed = ended.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Long> statuses = new HashMap<>();
            statuses.put(ProjectStatus.UPCOMING.name(), upcoming);
            statuses.put(ProjectStatus.ONGOING.name(), startedByToday - completed);
            statuses.put(ProjectStatus.COMPLETED.name(), completed);
            byFacet.put(Facet.STATUS, statuses);
        }

        /** The counts as read from this result, before any facet is replaced: the figures of every project it matches. */
        Tallies tallies(long total) {
            Tallies tallies = new Tallies();
            tallies.total = total;
            tallies.countries.putAll(of(Facet.COUNTRY));
            tallies.regions.putAll(of(Facet.REGION));
            tallies.donors.putAll(of(Facet.DONOR));
            tallies.leads.putAll(leads);
            tallies.statuses.putAll(of(Facet.STATUS));
            tallies.startYears.putAll(startYears);
            tallies.endYears.putAll(endYears);
            return tallies;
        }

        void replace(Facet facet, Counts other) {
            byFacet.put(facet, other.byFacet.get(facet));
        }

        Map<String, Long> of(Facet facet) {
            return byFacet.get(facet);
        }

        private static Map<String, Long> strings(Map<Integer, Long> counts) {
            Map<String, Long> strings = new HashMap<>();
            counts.forEach((year, count) -> strings.put(String.valueOf(year), count));
            return strings;
        }
    }

    // --- facets for people ---

    /** How regions and organisations are named in the query's language (each looked up once). */
    private record Labels(Function<String, String> region, Function<String, String> organisation,
                          Function<String, String> organisationShort) {
    }

    private Labels labels(Counts counts, Tallies matched, ProjectQuery query) {
        Language language = query.language();
        Map<String, Region> regions = new HashMap<>();
        em.createQuery("select r from Region r", Region.class).setHint(CACHEABLE, true).getResultList()
                .forEach(region -> regions.put(region.code().value(), region));
        Set<String> slugs = new HashSet<>(counts.of(Facet.DONOR).keySet());
        slugs.addAll(counts.of(Facet.ORGANISATION).keySet());
        slugs.addAll(query.donors());
        slugs.addAll(query.organisations());
        slugs.addAll(matched.organisationSlugs());
        Map<String, Organisation> organisations = organisations(slugs);
        return new Labels(
                code -> regions.containsKey(code) ? regions.get(code).name().resolve(language).text() : code,
                slug -> organisations.containsKey(slug) ? organisations.get(slug).displayName(language) : slug,
                slug -> organisations.containsKey(slug) ? organisations.get(slug).acronym()
                        .orElseGet(() -> organisations.get(slug).name().resolve(language).text()) : slug);
    }

    private ProjectFacets facets(Counts counts, ProjectQuery query, Labels labels) {
        Language language = query.language();
        Collator collator = Collator.getInstance(language.locale());
        Comparator<FacetValue> byLabel = Comparator.comparing(FacetValue::label, collator);
        Comparator<FacetValue> byYear = Comparator.comparing(value -> Integer.parseInt(value.value()));

        List<FacetValue> countries = values(counts.of(Facet.COUNTRY), upper(query.countries()),
                code -> PublicViews.countryName(code, language), byLabel);
        List<FacetValue> regionValues = values(counts.of(Facet.REGION), query.regions(), labels.region(), byLabel);
        Function<String, String> organisationName = labels.organisation();
        List<FacetValue> statuses = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            long count = counts.of(Facet.STATUS).getOrDefault(status.name(), 0L);
            boolean selected = query.statuses().contains(status);
            if (count > 0 || selected) {
                statuses.add(new FacetValue(status.name(), status.name(), count, selected));
            }
        }
        return new ProjectFacets(countries, regionValues,
                values(counts.of(Facet.DONOR), query.donors(), organisationName, byLabel),
                values(counts.of(Facet.ORGANISATION), query.organisations(), organisationName, byLabel),
                statuses,
                values(counts.of(Facet.START_YEAR), strings(query.startYears()), year -> year, byYear),
                values(counts.of(Facet.END_YEAR), strings(query.endYears()), year -> year, byYear));
    }

    private static List<FacetValue> values(Map<String, Long> counts, Set<String> chosen, Function<String, String> label,
                                           Comparator<FacetValue> order) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetValue(value, label.apply(value), count, chosen.contains(value))));
        for (String value : chosen) {
            if (!counts.containsKey(value)) {
                values.add(new FacetValue(value, label.apply(value), 0, true));
            }
        }
        values.sort(order);
        return List.copyOf(values);
    }

    private static Set<String> strings(Collection<Integer> years) {
        return Set.copyOf(years.stream().map(String::valueOf).toList());
    }

    private Map<String, Organisation> organisations(Set<String> slugs) {
        Map<String, Organisation> found = new HashMap<>();
        if (!slugs.isEmpty()) {
            em.createQuery("select o from Organisation o where o.slug.value in :slugs", Organisation.class)
                    .setParameter("slugs", slugs)
                    .setHint("org.hibernate.readOnly", true)
                    .setHint(CACHEABLE, true)
                    .getResultList()
                    .forEach(o -> found.put(o.slug().value(), o));
        }
        return found;
    }

    private static ProjectHit hit(ProjectEntry entry, Language language, LocalDate today, Highlighter highlighter) {
        Revision published = entry.publishedRevision().orElseThrow();
        ProjectContent content = published.content();
        PublishedProjectSummary summary = PublicViews.summary(entry.slug().value(), content, language);
        List<String> passages = highlighter == null ? List.of()
                : highlighter.passages(IndexedTexts.of(content, language), MAX_PASSAGES);
        String title = highlighter == null ? null : highlighter.marked(summary.title()).orElse(null);
        return new ProjectHit(summary, content.statusOn(today).orElse(null), published.publishedAt().orElse(null),
                passages, title);
    }

}
