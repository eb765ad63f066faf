package org.projectdesk.web.charts;

import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.FigureValue;
import org.projectdesk.web.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * How many projects run in each year, as columns drawn on the server
 * ({@code WEB-INF/includes/year-chart.xhtml}), each with its figure above it and its year below
 * (every year while there are few, else every second or fifth). Columns are placed in percent of
 * the width; with many years the chart keeps a minimum width and scrolls sideways on a phone.
 */
public final class YearChart extends Chart {

    static final int PLOT_HEIGHT = 140;
    static final int TOP = 20;
    static final int BOTTOM = 24;

    private final List<Column> columns;

    YearChart(String id, String title, String column, List<FigureValue> years, Language language) {
        super(id, title, column);
        long max = Math.max(1, years.stream().mapToLong(FigureValue::count).max().orElse(1));
        int n = years.size();
        int step = n <= 12 ? 1 : n <= 24 ? 2 : 5;
        double slot = 100.0 / Math.max(1, n);
        List<Column> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FigureValue year = years.get(i);
            int height = (int) Math.round((double) PLOT_HEIGHT * year.count() / max);
            list.add(new Column(year.value(), year.count(), Messages.number(language, year.count()),
                    percent(i * slot + slot * 0.15), percent(slot * 0.7),
                    percent(i * slot + slot / 2), TOP + PLOT_HEIGHT - height, height,
                    Integer.parseInt(year.value()) % step == 0 || n <= 12));
        }
        columns = List.copyOf(list);
        describe(language, columns.stream().map(Column::year).toList(), columns.stream().map(Column::figure).toList());
    }

    public List<Column> getColumns() {
        return columns;
    }

    @Override
    public boolean isEmpty() {
        return columns.isEmpty();
    }

    public int getHeight() {
        return TOP + PLOT_HEIGHT + BOTTOM;
    }

    /** The baseline's height in pixels. */
    public int getBaseline() {
        return TOP + PLOT_HEIGHT;
    }

    public int getYearY() {
        return TOP + PLOT_HEIGHT + 17;
    }

    /** A style modifier giving the chart a minimum width when it has many years: empty, {@code wide} or {@code wider}. */
    public String getDensity() {
        return columns.size() > 24 ? "wider" : columns.size() > 12 ? "wide" : "";
    }

    /**
     * One year.
     *
     * @param x      the column's left edge, in percent
     * @param centre where its figure and its year are written
     * @param top    the column's top, in pixels
     * @param named  whether its year is written under it
     */
    public record Column(String year, long count, String figure, String x, String width, String centre, int top,
                         int height, boolean named) {

        public int figureY() {
            return top - 5;
        }
    }
}
