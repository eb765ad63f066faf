package org.projectdesk.persistence.publicview;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.ProjectStatus;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.testsupport.Deployments;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public search through the real index (Hibernate Search, Lucene) in the server: each facet,
 * combinations, counts, ranking, accents and languages, order and paging, and that a publication
 * is searchable at once. Most tests search for the fixture's made-up word, so they see exactly the
 * three {@link SearchFixture} projects.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ProjectSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ProjectSearchIT.class, SearchFixture.class);
    }

    @Inject
    ProjectSearch search;

    @Inject
    PublishedProjects publishedProjects;


    @Inject
    ProjectEntryRepository entries;

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @BeforeEach
    void fixture() throws Exception {
        transaction.begin();
        SearchFixture.ensure(em);
        transaction.commit();
    }

    private ProjectQuery.Builder fixture(Language language) {
        return ProjectQuery.builder(language).text(SearchFixture.WORD);
    }

    private static Set<String> slugs(ProjectSearchResult result) {
        return result.hits().stream().map(hit -> hit.project().slug()).collect(Collectors.toSet());
    }

    private static Map<String, Long> counts(List<FacetValue> values) {
        return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    @Test
    void theFixtureWordFindsExactlyTheFixture() {
        ProjectSearchResult result = search.search(fixture(Language.EN).build());
        assertEquals(Set.of(SearchFixture.ONE, SearchFixture.TWO, SearchFixture.THREE), slugs(result));
        assertEquals(3, result.total());
    }

    private static Map<String, Long> figures(List<FigureValue> values) {
        return values.stream().collect(Collectors.toMap(FigureValue::value, FigureValue::count));
    }

    @Test
    void figuresCountEveryMatchingProjectWithEveryChoiceApplied() {
        ProjectSearchResult result = search.search(fixture(Language.EN).donors(List.of(SearchFixture.DONOR_X)).size(1).build());
        ProjectFigures figures = result.figures();
        assertEquals(2, figures.total(), "ONE and THREE, though the page holds one");
        assertEquals(Map.of("AM", 2L, "GE", 1L), figures(figures.countries()));
        assertEquals(Map.of(SearchFixture.DONOR_X, 2L, SearchFixture.DONOR_Z, 1L), figures(figures.donors()));
        assertEquals(2L, counts(result.facets().donors()).get(SearchFixture.DONOR_Z), "the facet counts the alternative");
        assertEquals(Map.of(SearchFixture.LEAD_Y, 1L, SearchFixture.LEAD_W, 1L), figures(figures.leads()));
        assertEquals(Map.of("eastern-partnership", 2L), figures(figures.regions()));
        assertEquals(Map.of("COMPLETED", 1L, "UPCOMING", 1L), figures(figures.statuses()));
        assertEquals("YBI", figures.leads().stream().filter(v -> v.value().equals(SearchFixture.LEAD_Y)).findFirst()
                .orElseThrow().shortLabel());
        assertEquals("Yarrow Border Institute (YBI)", figures.leads().stream()
                .filter(v -> v.value().equals(SearchFixture.LEAD_Y)).findFirst().orElseThrow().label());
        Map<String, Long> years = figures.years().stream()
                .collect(Collectors.toMap(FigureValue::value, FigureValue::count, (a, b) -> a, java.util.LinkedHashMap::new));
        assertEquals(List.of("2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030",
                "2031", "2032", "2033"), List.copyOf(years.keySet()), "every year from the first start to the last end");
        assertEquals(1L, years.get("2019"));
        assertEquals(1L, years.get("2021"));
        assertEquals(0L, years.get("2022"));
        assertEquals(1L, years.get("2033"));
    }

    @Test
    void anOrganisationsProjectsAreFoundInEveryRoleAndCountedAsTheSearchCountsThem() {
        // Yarrow leads ONE and TWO and implements THREE: the implementer filter finds the same three
        ProjectSearchResult yarrow = search.search(ProjectQuery.builder(Language.FR)
                .participants(List.of(SearchFixture.LEAD_Y)).build());
        ProjectFigures searched = search.search(fixture(Language.FR).organisations(List.of(SearchFixture.LEAD_Y)).build()).figures();
        assertEquals(Set.of(SearchFixture.ONE, SearchFixture.TWO, SearchFixture.THREE), slugs(yarrow));
        assertEquals(3, yarrow.figures().total());
        assertEquals(searched, yarrow.figures());
        assertEquals(Map.of("AM", 2L, "GE", 1L, "KZ", 1L), figures(yarrow.figures().countries()));
        assertEquals("Asie centrale", yarrow.figures().regions().stream().filter(v -> v.value().equals("central-asia"))
                .findFirst().orElseThrow().label());
        assertEquals("Institut Yarrow des frontières (YBI)",
                publishedProjects.organisation(SearchFixture.LEAD_Y, Language.FR).orElseThrow().organisation().name());
        assertEquals(Map.of(SearchFixture.ONE, List.of(ParticipationRole.LEAD_IMPLEMENTER),
                        SearchFixture.THREE, List.of(ParticipationRole.IMPLEMENTING_PARTNER)),
                publishedProjects.rolesOf(SearchFixture.LEAD_Y, List.of(SearchFixture.ONE, SearchFixture.THREE)));

        // a donor is found by the projects it funds, with the words and the facets as anywhere else
        assertEquals(Set.of(SearchFixture.ONE, SearchFixture.THREE), slugs(search.search(fixture(Language.EN)
                .participants(List.of(SearchFixture.DONOR_X)).build())));
        assertEquals(Set.of(SearchFixture.THREE), slugs(search.search(fixture(Language.EN)
                .participants(List.of(SearchFixture.DONOR_X)).organisations(List.of(SearchFixture.LEAD_W)).build())));
        ProjectSearchResult paged = search.search(fixture(Language.EN).participants(List.of(SearchFixture.LEAD_Y))
                .sort(ProjectSort.TITLE).size(2).page(2).build());
        assertEquals(3, paged.total());
        assertEquals(1, paged.hits().size(), "the second page of two holds the third project");
        assertTrue(publishedProjects.organisation("it-search-nobody", Language.EN).isEmpty());
    }

    @Test
    void countryFacetFiltersAndCountsWithoutItsOwnChoice() {
        ProjectSearchResult result = search.search(fixture(Language.EN).countries(List.of("AM")).build());
        assertEquals(Set.of(SearchFixture.ONE, SearchFixture.THREE), slugs(result));
        Map<String, Long> countries = counts(result.facets().countries());
        assertEquals(Map.of("AM", 2L, "GE", 1L, "KZ", 1L), countries, "alternatives keep their counts");
        assertTrue(result.facets().countries().stream().filter(v -> v.value().equals("AM")).findFirst().orElseThrow().selected());
        assertEquals("Arménie", search.search(fixture(Language.FR).build()).facets().countries().stream()
                .filter(v -> v.value().equals("AM")).findFirst().orElseThrow().label());
    }

    @Test
    void valuesOfOneFacetAreAlternatives() {
        assertEquals(Set.of(SearchFixture.ONE, SearchFixture.TWO),
                slugs(search.search(fixture(Language.EN).countries(List.of("GE", "KZ")).build())));
    }

    @Test
    void regionFacet() {
        ProjectSearchResult result = search.search(fixture(Language.EN).regions(List.of("eastern-partnership")).build());
        assertEquals(Set.of(SearchFixture.ONE, SearchFixture.THREE), slugs(result));
        assertEquals(Map.of("eastern-partnership", 2L, "central-asia", 1L), counts(result.facets().regions()));
        assertEquals("Центральная Азия", search.search(fixture(Language.RU).build()).facets().regions().stream()
                .filter(v -> v.value().equals("central-asia")).findFirst().orElseThrow().label());
    }

    @Test
    void donorFacet() {
        ProjectSearchResult result = search.search(fixture(Language.EN).donors(List.of(SearchFixture.DONOR_Z)).build());
        assertEquals(Set.of(SearchFixture.TWO, SearchFixture.THREE), slugs(result));
        assertEquals(Map.of(SearchFixture.DONOR_X, 2L, SearchFixture.DONOR_Z, 2L), counts(result.facets().donors()));
        assertEquals("Zorvex Donor Fund (ZDF)", result.facets().donors().stream()
                .filter(v -> v.value().equals(SearchFixture.DONOR_X)).findFirst().orElseThrow().label());
    }

    @Test
    void organisationFacetCountsLeadAndImplementingPartnerButNotDonors() {
        assertEquals(Set.of(SearchFixture.ONE, SearchFixture.TWO, SearchFixture.THREE),
                slugs(search.search(fixture(Language.EN).organisations(List.of(SearchFixture.LEAD_Y)).build())));
        assertEquals(Set.of(SearchFixture.THREE),
                slugs(search.search(fixture(Language.EN).organisations(List.of(SearchFixture.LEAD_W)).build())));
        Map<String, Long> organisations = counts(search.search(fixture(Language.EN).build()).facets().organisations());
        assertEquals(Map.of(SearchFixture.LEAD_Y, 3L, SearchFixture.LEAD_W, 1L), organisations);
    }

    @Test
    void statusIsDerivedFromTheMonthsAndToday() {
        assertEquals(Set.of(SearchFixture.ONE),
                slugs(search.search(fixture(Language.EN).statuses(List.of(ProjectStatus.COMPLETED)).build())));
        assertEquals(Set.of(SearchFixture.TWO),
                slugs(search.search(fixture(Language.EN).statuses(List.of(ProjectStatus.ONGOING)).build())));
        ProjectSearchResult upcoming = search.search(fixture(Language.EN).statuses(List.of(ProjectStatus.UPCOMING)).build());
        assertEquals(Set.of(SearchFixture.THREE), slugs(upcoming));
        assertEquals(ProjectStatus.UPCOMING, upcoming.hits().get(0).status());
        assertEquals(Map.of("UPCOMING", 1L, "ONGOING", 1L, "COMPLETED", 1L), counts(upcoming.facets().statuses()));
    }

    @Test
    void startAndEndYearFacets() {
        assertEquals(Set.of(SearchFixture.TWO),
                slugs(search.search(fixture(Language.EN).startYears(List.of(2024)).build())));
        ProjectSearchResult ends = search.search(fixture(Language.EN).endYears(List.of(2021, 2033)).build());
        assertEquals(Set.of(SearchFixture.ONE, SearchFixture.THREE), slugs(ends));
        assertEquals(Map.of("2019", 1L, "2031", 1L), counts(ends.facets().startYears()),
                "start years counted among the projects ending in the chosen years");
    }

    @Test
    void facetsCombine() {
        assertEquals(Set.of(SearchFixture.THREE), slugs(search.search(fixture(Language.EN)
                .countries(List.of("AM")).statuses(List.of(ProjectStatus.UPCOMING)).build())));
        assertEquals(Set.of(SearchFixture.ONE), slugs(search.search(fixture(Language.EN)
                .donors(List.of(SearchFixture.DONOR_X)).countries(List.of("GE")).build())));
        ProjectSearchResult none = search.search(fixture(Language.EN)
                .regions(List.of("central-asia")).donors(List.of(SearchFixture.DONOR_X)).build());
        assertEquals(0, none.total());
        assertEquals(Map.of("eastern-partnership", 2L), counts(none.facets().regions()).entrySet().stream()
                .filter(e -> e.getValue() > 0).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertTrue(none.facets().regions().stream().anyMatch(v -> v.value().equals("central-asia") && v.selected()),
                "a chosen value stays visible, so it can be taken back");
    }

    @Test
    void sortsByTitleStartAndEnd() {
        assertEquals(List.of(SearchFixture.ONE, SearchFixture.TWO, SearchFixture.THREE), order(ProjectSort.START_ASC));
        assertEquals(List.of(SearchFixture.THREE, SearchFixture.TWO, SearchFixture.ONE), order(ProjectSort.START_DESC));
        assertEquals(List.of(SearchFixture.ONE, SearchFixture.TWO, SearchFixture.THREE), order(ProjectSort.END_ASC));
        // Border…, Labour…, Quarantine…
        assertEquals(List.of(SearchFixture.ONE, SearchFixture.TWO, SearchFixture.THREE), order(ProjectSort.TITLE));
    }

    private List<String> order(ProjectSort sort) {
        return search.search(fixture(Language.EN).sort(sort).build()).hits().stream().map(h -> h.project().slug()).toList();
    }

    @Test
    void pagesThroughTheResult() {
        ProjectSearchResult second = search.search(fixture(Language.EN).sort(ProjectSort.START_ASC).size(2).page(2).build());
        assertEquals(3, second.total());
        assertEquals(2, second.pageCount());
        assertTrue(second.hasPrevious());
        assertFalse(second.hasNext());
        assertEquals(List.of(SearchFixture.THREE), second.hits().stream().map(h -> h.project().slug()).toList());
    }

    @Test
    void anAcronymFindsItsProjectFirst() {
        ProjectSearchResult result = search.search(ProjectQuery.builder(Language.EN).text("BOMCA").build());
        assertEquals("BOMCA", result.hits().get(0).project().acronym(),
                () -> result.hits().stream().map(h -> h.project().slug()).toList().toString());
        assertTrue(slugs(result).contains(SearchFixture.ONE), "the project that only mentions it is found too");
        assertEquals("BOMCA", search.search(ProjectQuery.builder(Language.RU).text("bomca").build())
                .hits().get(0).project().acronym());
    }

    @Test
    void caseAccentsAndWordFormsDoNotMatter() {
        for (String words : List.of("securite frontieres", "SÉCURITÉ", "sécurité frontière")) {
            assertTrue(slugs(search.search(ProjectQuery.builder(Language.FR).text(words).build())).contains(SearchFixture.ONE),
                    words);
        }
        assertTrue(slugs(search.search(ProjectQuery.builder(Language.RU).text("ГРАНИЦЫ").build())).contains(SearchFixture.ONE));
        assertTrue(slugs(search.search(ProjectQuery.builder(Language.EN).text("borders cooperate").build()))
                .contains(SearchFixture.ONE));
    }

    @Test
    void searchesTheVisitorsLanguageWithEnglishWhereATextIsNotTranslated() {
        assertTrue(slugs(search.search(ProjectQuery.builder(Language.FR).text("employeurs " + SearchFixture.WORD).build()))
                .contains(SearchFixture.TWO));
        ProjectSearchResult fallback = search.search(ProjectQuery.builder(Language.FR).text("quarantine inspection").build());
        assertTrue(slugs(fallback).contains(SearchFixture.THREE), "English text stands in for the missing French");
        assertEquals("Quarantine inspection modernisation in Armenia", fallback.hits().stream()
                .filter(h -> h.project().slug().equals(SearchFixture.THREE)).findFirst().orElseThrow().project().title());
    }

    @Test
    void marksTheMatchesEscapingTheText() {
        ProjectSearchResult result = search.search(ProjectQuery.builder(Language.EN).text("borders " + SearchFixture.WORD).build());
        ProjectHit one = result.hits().stream().filter(h -> h.project().slug().equals(SearchFixture.ONE)).findFirst().orElseThrow();
        assertEquals("<mark>Border</mark> security cooperation in the South Caucasus", one.highlightedTitle());
        assertTrue(one.highlights().stream().anyMatch(p -> p.contains("<mark>" + SearchFixture.WORD + "</mark>")
                && p.contains("safer <mark>borders</mark>")), one.highlights()::toString);
        assertNull(search.search(fixture(Language.EN).build()).hits().stream()
                .filter(h -> h.project().slug().equals(SearchFixture.TWO)).findFirst().orElseThrow().highlightedTitle());
    }

    @Test
    void aPublicationIsSearchableAtOnceAndAnUnpublicationGoesAtOnce() throws Exception {
        String word = "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Slug slug = Slug.of("it-published-" + word.substring(2, 8));
        Actor editor = Actor.of("it-editor", Role.EDITOR);
        Actor reviewer = Actor.of("it-reviewer", Role.REVIEWER);

        transaction.begin();
        Organisation lead = em.createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
                .setParameter("slug", Slug.of(SearchFixture.LEAD_W)).getSingleResult();
        ProjectEntry entry = ProjectEntry.create(slug, ProjectContent.builder()
                .title(LocalizedText.of("Published just now " + word))
                .objective(LocalizedText.of("An objective."))
                .duration(MonthRange.of(YearMonth.of(2025, 1), YearMonth.of(2027, 6)))
                .countries(List.of(CountryCode.of("MD")))
                .addParticipation(Participation.lead(lead))
                .build(), editor, Instant.now());
        entries.store(entry);
        transaction.commit();
        assertEquals(0, search.search(ProjectQuery.builder(Language.EN).text(word).build()).total(),
                "a draft is never in the index");

        transaction.begin();
        ProjectEntry draft = entries.findBySlug(slug).orElseThrow();
        draft.submitForReview(editor, Instant.now());
        draft.approve(reviewer, Instant.now());
        transaction.commit();
        assertEquals(Set.of(slug.value()), slugs(search.search(ProjectQuery.builder(Language.EN).text(word).build())));

        transaction.begin();
        entries.findBySlug(slug).orElseThrow().unpublish(reviewer, Instant.now(), "test over");
        transaction.commit();
        assertEquals(0, search.search(ProjectQuery.builder(Language.EN).text(word).build()).total());
    }
}
