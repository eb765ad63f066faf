package org.projectdesk.persistence.publicview;

import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.ProjectStatus;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a visitor (or an API client) asks of the published projects: search words, facet values
 * (values within one facet are alternatives, facets combine), order, page and the language to
 * search and answer in. Plain values only, so pages, the JSON API and the feed build it alike.
 *
 * @param text          search words (simple query syntax: {@code "quoted phrase"}, {@code -excluded}); blank for none
 * @param countries     ISO 3166 codes, e.g. {@code AM}
 * @param regions       region codes, e.g. {@code eastern-partnership}
 * @param donors        organisation slugs in the donor role
 * @param organisations organisation slugs implementing (lead or implementing partner)
 * @param participants  organisation slugs taking part in any role (an organisation's own page; not a facet)
 * @param statuses      derived from the month range and today's date
 * @param startYears    years the project started in
 * @param endYears      years the project ends in
 * @param sort          the order; {@link ProjectSort#RELEVANCE} falls back to title without search words
 * @param page          1 for the first page
 * @param size          projects per page, 1 to {@value #MAX_SIZE}
 * @param language      the language searched and answered in
 */
public record ProjectQuery(String text, Set<String> countries, Set<String> regions, Set<String> donors,
                           Set<String> organisations, Set<String> participants, Set<ProjectStatus> statuses, Set<Integer> startYears,
                           Set<Integer> endYears, ProjectSort sort, int page, int size, Language language) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 1000;
    /** The most values one facet may choose (the pages refuse more, 400). */
    public static final int MAX_VALUES_PER_FACET = 20;
    /** The most search words a query may have (the pages refuse more, 400); more would exceed the engine's clause limit. */
    public static final int MAX_WORDS = 32;
    /** The most characters of search text. */
    public static final int MAX_TEXT_LENGTH = 500;

    public ProjectQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        countries = copy(countries);
        regions = copy(regions);
        donors = copy(donors);
        organisations = copy(organisations);
        participants = copy(participants);
        statuses = copy(statuses);
        startYears = copy(startYears);
        endYears = copy(endYears);
        sort = sort == null ? ProjectSort.RELEVANCE : sort;
        page = Math.max(1, page);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        language = language == null ? Language.DEFAULT : language;
    }

    /** Every published project, first page, in that language. */
    public static ProjectQuery all(Language language) {
        return builder(language).build();
    }

    public static Builder builder(Language language) {
        return new Builder(language);
    }

    public Builder toBuilder() {
        return new Builder(language).text(text).countries(countries).regions(regions).donors(donors)
                .organisations(organisations).participants(participants).statuses(statuses).startYears(startYears).endYears(endYears)
                .sort(sort).page(page).size(size);
    }

    public boolean hasText() {
        return text != null;
    }

    /** Whether any facet value is chosen (search words aside). */
    public boolean hasFilters() {
        return !countries.isEmpty() || !regions.isEmpty() || !donors.isEmpty() || !organisations.isEmpty()
                || !participants.isEmpty() || !statuses.isEmpty() || !startYears.isEmpty() || !endYears.isEmpty();
    }

    /** The order actually applied. */
    public ProjectSort effectiveSort() {
        return sort == ProjectSort.RELEVANCE && !hasText() ? ProjectSort.TITLE : sort;
    }

    /** Index of the first project of the page, from 0. */
    public int offset() {
        return (page - 1) * size;
    }

    private static <T> Set<T> copy(Collection<T> values) {
        if (values == null) {
            return Set.of();
        }
        Set<T> copy = new LinkedHashSet<>();
        values.stream().filter(value -> value != null && !(value instanceof String s && s.isBlank())).forEach(copy::add);
        return Set.copyOf(copy);
    }

    /** Builds a query step by step; unset facets are empty. */
    public static final class Builder {
        private final Language language;
        private String text;
        private Set<String> countries = Set.of();
        private Set<String> regions = Set.of();
        private Set<String> donors = Set.of();
        private Set<String> organisations = Set.of();
        private Set<String> participants = Set.of();
        private Set<ProjectStatus> statuses = Set.of();
        private Set<Integer> startYears = Set.of();
        private Set<Integer> endYears = Set.of();
        private ProjectSort sort = ProjectSort.RELEVANCE;
        private int page = 1;
        private int size = DEFAULT_SIZE;

        private Builder(Language language) {
            this.language = language;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder countries(Collection<String> values) {
            countries = Set.copyOf(values);
            return this;
        }

        public Builder regions(Collection<String> values) {
            regions = Set.copyOf(values);
            return this;
        }

        public Builder donors(Collection<String> values) {
            donors = Set.copyOf(values);
            return this;
        }

        public Builder organisations(Collection<String> values) {
            organisations = Set.copyOf(values);
            return this;
        }

        public Builder participants(Collection<String> values) {
            participants = Set.copyOf(values);
            return this;
        }

        public Builder statuses(Collection<ProjectStatus> values) {
            statuses = Set.copyOf(values);
            return this;
        }

        public Builder startYears(Collection<Integer> values) {
            startYears = Set.copyOf(values);
            return this;
        }

        public Builder endYears(Collection<Integer> values) {
            endYears = Set.copyOf(values);
            return this;
        }

        public Builder sort(ProjectSort value) {
            sort = value;
            return this;
        }

        public Builder page(int value) {
            page = value;
            return this;
        }

        public Builder size(int value) {
            size = value;
            return this;
        }

        public ProjectQuery build() {
            return new ProjectQuery(text, countries, regions, donors, organisations, participants, statuses, startYears, endYears,
                    sort, page, size, language);
        }
    }
}
