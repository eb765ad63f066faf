package org.projectdesk.persistence.publicview;

import java.util.List;

/**
 * How a set of published projects spreads: how many run in each year (from the first start to the
 * last end, years without any included), and how many each country, region, donor, lead agency
 * and status counts. A project counts once for each of its countries and donors; projects without
 * a duration have no status and run in no year. Every list but the years and statuses is ordered
 * by count, largest first, then by label; statuses follow {@link org.projectdesk.domain.shared.ProjectStatus}.
 *
 * @param total the number of projects counted
 */
public record ProjectFigures(long total, List<FigureValue> years, List<FigureValue> countries,
                             List<FigureValue> regions, List<FigureValue> donors, List<FigureValue> leads,
                             List<FigureValue> statuses) {

    public ProjectFigures {
        years = List.copyOf(years);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        donors = List.copyOf(donors);
        leads = List.copyOf(leads);
        statuses = List.copyOf(statuses);
    }

    /** The count of one value in a list of these figures, 0 if it is not there. */
    public static long countOf(List<FigureValue> values, String value) {
        return values.stream().filter(v -> v.value().equals(value)).mapToLong(FigureValue::count).sum();
    }
}
