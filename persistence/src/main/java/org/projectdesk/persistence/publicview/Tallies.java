package org.projectdesk.persistence.publicview;

import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.ProjectStatus;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The counts behind {@link ProjectFigures}, by code or slug: filled either from the search
 * index's aggregations ({@link ProjectSearch}) or project by project from published contents
 * ({@link #add}), and turned into figures for people the same way in both cases, so "running in a
 * year" and the rest mean the same on every page.
 */
final class Tallies {

    long total;
    final Map<String, Long> countries = new HashMap<>();
    final Map<String, Long> regions = new HashMap<>();
    final Map<String, Long> donors = new HashMap<>();
    final Map<String, Long> leads = new HashMap<>();
    final Map<String, Long> statuses = new HashMap<>();
    final Map<Integer, Long> startYears = new HashMap<>();
    final Map<Integer, Long> endYears = new HashMap<>();

    /** Counts one published project as the index counts it. */
    void add(ProjectContent content, LocalDate today) {
        total++;
        content.countries().forEach(country -> countries.merge(country.code(), 1L, Long::sum));
        content.region().ifPresent(region -> regions.merge(region.code().value(), 1L, Long::sum));
        Set<String> funders = new LinkedHashSet<>();
        for (Participation donor : content.donors()) {
            funders.add(donor.organisation().slug().value());
        }
        funders.forEach(slug -> donors.merge(slug, 1L, Long::sum));
        content.lead().ifPresent(lead -> leads.merge(lead.slug().value(), 1L, Long::sum));
        content.statusOn(today).ifPresent(status -> statuses.merge(status.name(), 1L, Long::sum));
        content.duration().map(MonthRange::start).ifPresent(start -> startYears.merge(start.getYear(), 1L, Long::sum));
        content.duration().map(MonthRange::end).ifPresent(end -> endYears.merge(end.getYear(), 1L, Long::sum));
    }

    /** The organisation slugs counted (donors and leads), whose names the figures need. */
    Set<String> organisationSlugs() {
        Set<String> slugs = new LinkedHashSet<>(donors.keySet());
        slugs.addAll(leads.keySet());
        return slugs;
    }

    /**
     * The figures, labelled in the language.
     *
     * @param regionName       a region's name by code
     * @param organisationName an organisation's name by slug, and its short name (acronym or name)
     */
    ProjectFigures figures(Language language, Function<String, String> regionName,
                           Function<String, String> organisationName, Function<String, String> organisationShortName) {
        Collator collator = Collator.getInstance(language.locale());
        Function<String, String> countryName = code -> PublicViews.countryName(code, language);
        List<FigureValue> statusValues = new ArrayList<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            long count = statuses.getOrDefault(status.name(), 0L);
            if (count > 0) {
                statusValues.add(new FigureValue(status.name(), status.name(), status.name(), count));
            }
        }
        return new ProjectFigures(total, runningPerYear(),
                largestFirst(countries, countryName, countryName, collator),
                largestFirst(regions, regionName, regionName, collator),
                largestFirst(donors, organisationName, organisationShortName, collator),
                largestFirst(leads, organisationName, organisationShortName, collator),
                statusValues);
    }

    /** Projects running in each year: those started by its end, less those ended before it began. */
    private List<FigureValue> runningPerYear() {
        if (startYears.isEmpty() || endYears.isEmpty()) {
            return List.of();
        }
        int first = startYears.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = endYears.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        Map<Integer, Long> starts = new TreeMap<>(startYears);
        Map<Integer, Long> ends = new TreeMap<>(endYears);
        List<FigureValue> years = new ArrayList<>();
        long started = 0;
        long ended = 0;
        for (int year = first; year <= last; year++) {
            started += starts.getOrDefault(year, 0L);
            String label = String.valueOf(year);
            years.add(new FigureValue(label, label, label, started - ended));
            ended += ends.getOrDefault(year, 0L);
        }
        return years;
    }

    private static List<FigureValue> largestFirst(Map<String, Long> counts, Function<String, String> label,
                                                  Function<String, String> shortLabel, Collator collator) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new FigureValue(entry.getKey(), label.apply(entry.getKey()),
                        shortLabel.apply(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparingLong(FigureValue::count).reversed()
                        .thenComparing(FigureValue::label, collator))
                .toList();
    }
}
