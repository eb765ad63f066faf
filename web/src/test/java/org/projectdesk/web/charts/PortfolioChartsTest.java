package org.projectdesk.web.charts;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.FigureValue;
import org.projectdesk.persistence.publicview.ProjectFigures;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charts' geometry and texts, in every language, without a server. */
class PortfolioChartsTest {

    private static FigureValue value(String value, String label, String shortLabel, long count) {
        return new FigureValue(value, label, shortLabel, count);
    }

    private static ProjectFigures figures() {
        List<FigureValue> years = List.of(value("2015", "2015", "2015", 2), value("2016", "2016", "2016", 4),
                value("2017", "2017", "2017", 0), value("2018", "2018", "2018", 1));
        List<FigureValue> donors = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            donors.add(value("donor-" + i, "Donor number " + i, "Donor number " + i, 13 - i));
        }
        return new ProjectFigures(7, years, List.of(value("AM", "Armenia", "Armenia", 3)),
                List.of(value("central-asia", "Central Asia", "Central Asia", 2)), donors,
                List.of(value("icmpd", "International Centre for Migration Policy Development (ICMPD)", "ICMPD", 1234)),
                List.of(value("ONGOING", "ONGOING", "ONGOING", 2), value("COMPLETED", "COMPLETED", "COMPLETED", 5)));
    }

    @Test
    void barsAreAsLongAsTheirCountAndSayItInWords() {
        PortfolioCharts charts = PortfolioCharts.of(figures(), Language.EN);
        BarChart donors = charts.getDonors();
        assertEquals(BarChart.MAX_BARS, donors.getBars().size(), "only the largest are drawn");
        assertEquals(12, donors.getAll().size(), "the table has every donor");
        assertEquals("82.0%", donors.getBars().get(0).width());
        assertEquals("41.0%", donors.getBars().get(6).width(), "6 of 12");
        assertEquals("The 10 largest of 12 are drawn.", donors.getMore());
        assertEquals(BarChart.MAX_BARS * BarChart.ROW_HEIGHT, donors.getHeight());
        assertTrue(donors.getAlt().startsWith("Projects by donor. Donor number 1: 12, Donor number 2: 11, "), donors.getAlt());

        BarChart leads = charts.getLeads();
        assertEquals("ICMPD", leads.getBars().get(0).shortLabel(), "the acronym where space is scarce");
        assertEquals("International Centre for Migration Policy Development (ICMPD)", leads.getAll().get(0).label());
        assertEquals("1,234", leads.getBars().get(0).figure());
        assertNull(leads.getMore());
    }

    @Test
    void statusesAreNamedInTheLanguageWithTheirOwnTone() {
        BarChart statuses = PortfolioCharts.of(figures(), Language.FR).getStatuses();
        assertEquals(List.of("En cours", "Terminé"), statuses.getBars().stream().map(BarChart.Bar::shortLabel).toList());
        assertEquals(List.of("ongoing", "completed"), statuses.getBars().stream().map(BarChart.Bar::tone).toList());
        assertEquals("1\u202f234", PortfolioCharts.of(figures(), Language.FR).getLeads().getBars().get(0).figure());
        assertTrue(PortfolioCharts.of(figures(), Language.RU).getStatuses().getAlt().startsWith("Проекты по состоянию."));
    }

    @Test
    void yearsAreColumnsWithTheirFiguresAndTheRegionChartCanBeLeftOut() {
        PortfolioCharts charts = PortfolioCharts.withoutRegions(figures(), Language.EN);
        assertNull(charts.getRegions());
        YearChart years = charts.getYears();
        assertEquals(4, years.getColumns().size());
        YearChart.Column peak = years.getColumns().get(1);
        assertEquals(YearChart.PLOT_HEIGHT, peak.height());
        assertEquals(YearChart.TOP, peak.top());
        assertEquals(YearChart.PLOT_HEIGHT / 2, years.getColumns().get(0).height());
        assertEquals(0, years.getColumns().get(2).height());
        assertEquals("28.8%", peak.x(), "second of four slots of 25%, inset by 15% of the slot");
        assertEquals("", years.getDensity());
        assertEquals("Projects running per year. 2015: 2, 2016: 4, 2017: 0, 2018: 1.", years.getAlt());
    }
}
