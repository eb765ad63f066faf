package org.projectdesk.persistence.publicview;

import org.projectdesk.domain.shared.MonthRange;

import java.util.List;

/** One published project as the public listing shows it, in one language. */
public record PublishedProjectSummary(
        String slug,
        String title,
        String acronym,
        String objectiveSummary,
        String leadAgency,
        List<String> donors,
        MonthRange duration,
        List<CountryName> countries) {
}
