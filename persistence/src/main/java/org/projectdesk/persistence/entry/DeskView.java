package org.projectdesk.persistence.entry;

import java.util.List;

/**
 * The editor's desk for one person: their drafts, the drafts reviewers sent back to them (with the
 * comment), everything in review, and what was published lately.
 */
public record DeskView(List<EntrySummary> myDrafts, List<EntrySummary> sentBack, List<EntrySummary> inReview,
                       List<EntrySummary> recentlyPublished) {
}
