package org.projectdesk.web.charts;

import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.FigureValue;
import org.projectdesk.persistence.publicview.ProjectFigures;
import org.projectdesk.web.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The charts of a set of projects ({@code WEB-INF/includes/charts.xhtml}): projects running per
 * year, by donor, by lead agency, by region and by status, in the page's language.
 */
public final class PortfolioCharts {

    private final YearChart years;
    private final BarChart donors;
    private final BarChart leads;
    private final BarChart regions;
    private final BarChart statuses;

    private PortfolioCharts(ProjectFigures figures, Language language, boolean withRegions) {
        years = new YearChart("chart-years", Messages.format(language, "charts.years"),
                Messages.format(language, "charts.years.column"), figures.years(), language);
        donors = bars("chart-donors", "charts.donors", figures.donors(), language);
        leads = bars("chart-leads", "charts.leads", figures.leads(), language);
        regions = withRegions ? bars("chart-regions", "charts.regions", figures.regions(), language) : null;
        statuses = new BarChart("chart-statuses", Messages.format(language, "charts.statuses"),
                Messages.format(language, "charts.statuses.column"), figures.statuses(),
                value -> Messages.format(language, "status." + value.value()),
                value -> value.value().toLowerCase(Locale.ROOT), language);
    }

    /** Every chart of the figures. */
    public static PortfolioCharts of(ProjectFigures figures, Language language) {
        return new PortfolioCharts(figures, language, true);
    }

    /** Every chart but the one by region (for a region's own page). */
    public static PortfolioCharts withoutRegions(ProjectFigures figures, Language language) {
        return new PortfolioCharts(figures, language, false);
    }

    private static BarChart bars(String id, String key, List<FigureValue> values,
                                 Language language) {
        return new BarChart(id, Messages.format(language, key), Messages.format(language, key + ".column"), values,
                FigureValue::label, value -> "", language);
    }

    public YearChart getYears() {
        return years;
    }

    public BarChart getDonors() {
        return donors;
    }

    public BarChart getLeads() {
        return leads;
    }

    /** Null on a region's own page. */
    public BarChart getRegions() {
        return regions;
    }

    public BarChart getStatuses() {
        return statuses;
    }

    public boolean isEmpty() {
        return years.isEmpty() && donors.isEmpty() && leads.isEmpty() && statuses.isEmpty()
                && (regions == null || regions.isEmpty());
    }
}
