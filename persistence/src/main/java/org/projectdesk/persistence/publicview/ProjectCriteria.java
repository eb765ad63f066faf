package org.projectdesk.persistence.publicview;

import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.ProjectStatus;

import java.util.Optional;
import java.util.Set;

/**
 * What a reader is looking for among the published projects: words, facets (each optional; values
 * of one facet are alternatives, facets combine), the order and the page.
 *
 * @param text         words to search for in the reader's language (and English), case and accents ignored
 * @param countries    projects in any of these countries
 * @param region       projects filed under this region (its code)
 * @param donor        projects funded by this organisation (its slug)
 * @param organisation projects this organisation implements, lead or partner (its slug)
 * @param status       projects upcoming, ongoing or completed today
 * @param startYear    projects starting in this year
 * @param endYear      projects ending in this year
 * @param page         the page, counted from 1
 * @param size         projects per page
 */
public record ProjectCriteria(Language language, Optional<String> text, Set<CountryCode> countries,
                              Optional<String> region, Optional<String> donor, Optional<String> organisation,
                              Optional<ProjectStatus> status, Optional<Integer> startYear, Optional<Integer> endYear,
                              Sort sort, int page, int size) {

    public static final int MAX_SIZE = 100;

    /** The orders a listing can have; with words to search for, relevance comes first. */
    public enum Sort { TITLE, START, END }

    public ProjectCriteria {
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        countries = Set.copyOf(countries);
        if (page < 1) {
            throw new IllegalArgumentException("page " + page + " (pages count from 1)");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size + " (1 to " + MAX_SIZE + ")");
        }
    }

    /** Every published project, by title, first page of the given size. */
    public static ProjectCriteria all(Language language, int size) {
        return new ProjectCriteria(language, Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Sort.TITLE, 1, size);
    }
}
