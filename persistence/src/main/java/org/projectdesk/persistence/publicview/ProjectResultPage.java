package org.projectdesk.persistence.publicview;

import java.util.List;

/**
 * One page of published projects matching some {@link ProjectCriteria}.
 *
 * @param total how many projects match in all
 */
public record ProjectResultPage(List<PublishedProject> items, long total, int page, int size) {

    public ProjectResultPage {
        items = List.copyOf(items);
    }

    /** How many pages there are; at least 1 (an empty first page). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
