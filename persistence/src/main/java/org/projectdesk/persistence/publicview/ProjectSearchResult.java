package org.projectdesk.persistence.publicview;

import java.util.List;

/** A page of published projects for a {@link ProjectQuery}, with the total and the facets. */
public record ProjectSearchResult(ProjectQuery query, List<ProjectHit> hits, long total, ProjectFacets facets) {

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

    /** A result with its page's projects in full, in the order of its hits. */
    public record WithProjects(ProjectSearchResult result, List<PublishedProject> projects) {
    }
}
