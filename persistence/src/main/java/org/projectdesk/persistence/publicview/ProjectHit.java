package org.projectdesk.persistence.publicview;

import org.projectdesk.domain.shared.ProjectStatus;
import org.projectdesk.persistence.publicview.search.Highlighter;

import java.time.Instant;
import java.util.List;

/**
 * One project of a result.
 *
 * @param project    the project as listings show it
 * @param status     upcoming, ongoing or completed today; null without a duration
 * @param publishedAt when the revision shown was published
 * @param highlights passages matching the search words, HTML-escaped, matches in {@code <mark>}
 * @param highlightedTitle the title with matches in {@code <mark>}, HTML-escaped; null if the title did not match
 */
public record ProjectHit(PublishedProjectSummary project, ProjectStatus status, Instant publishedAt, List<String> highlights,
                         String highlightedTitle) {

    /** The highlights as one HTML text, passages apart with one ellipsis where text was left out. */
    public String highlightText() {
        return Highlighter.joined(highlights);
    }
}
