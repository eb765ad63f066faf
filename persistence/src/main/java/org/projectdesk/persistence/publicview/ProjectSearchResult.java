package org.projectdesk.persistence.publicview;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of published projects for a {@link ProjectQuery}, with the total, the facets (each counted
 * without its own choice, for the filters) and the figures of every project the query matches
 * (all its choices applied, for the charts).
 */
public record ProjectSearchResult(ProjectQuery query, List<ProjectHit> hits, long total, ProjectFacets facets,
                                  ProjectFigures figures) {

    /** How many pages the total fills (at least 1). */
    public int pageCount() {
        return (int) Math.max(1, (total + query.size() - 1) / query.size());
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return query.page() < pageCount();
    }

    /** Whether the page asked for lies past the last page of a result that has projects. */
    public boolean beyondLastPage() {
        return total > 0 && query.page() > pageCount();
    }

    /** The page numbers a pager offers: the first, the last, and two either side of the current one. */
    public List<Integer> pageNumbers() {
        int count = pageCount();
        int current = query.page();
        List<Integer> numbers = new ArrayList<>();
        for (int page = 1; page <= count; page++) {
            if (page == 1 || page == count || Math.abs(page - current) <= 2) {
                numbers.add(page);
            }
        }
        return numbers;
    }

    /** A result with its page's projects in full, in the order of its hits. */
    public record WithProjects(ProjectSearchResult result, List<PublishedProject> projects) {
    }
}
