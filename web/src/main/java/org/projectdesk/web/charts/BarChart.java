package org.projectdesk.web.charts;

import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.FigureValue;
import org.projectdesk.web.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A horizontal bar chart drawn on the server ({@code WEB-INF/includes/bar-chart.xhtml}): one row
 * per value, its name above its bar and its figure after it, so nothing depends on colour; bars
 * are widths in percent and texts in pixels, so the chart fills any width and its text stays
 * readable on a phone. At most {@value #MAX_BARS} bars; the table beside it has every value.
 */
public final class BarChart extends Chart {

    static final int MAX_BARS = 10;
    static final int ROW_HEIGHT = 44;
    private static final int MAX_LABEL = 34;
    /** The longest bar's share of the width, leaving room for its figure. */
    private static final double LONGEST = 82;

    private final List<Bar> bars;
    private final List<Bar> all;
    private final String more;

    BarChart(String id, String title, String column, List<FigureValue> values, Function<FigureValue, String> label,
             Function<FigureValue, String> tone, Language language) {
        super(id, title, column);
        long max = values.stream().mapToLong(FigureValue::count).max().orElse(1);
        List<Bar> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            FigureValue value = values.get(i);
            double width = Math.max(0.5, LONGEST * value.count() / max);
            String full = label.apply(value);
            rows.add(new Bar(value.value(), full, shorten(value.shortLabel().equals(value.label()) ? full : value.shortLabel()),
                    value.count(), Messages.number(language, value.count()), tone.apply(value),
                    percent(width), percent(width + 1.5), i * ROW_HEIGHT));
        }
        all = List.copyOf(rows);
        bars = all.subList(0, Math.min(MAX_BARS, all.size()));
        describe(language, bars.stream().map(Bar::label).toList(), bars.stream().map(Bar::figure).toList());
        more = all.size() > bars.size() ? Messages.format(language, "charts.more", bars.size(), all.size()) : null;
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    /** The bars drawn (the largest ones). */
    public List<Bar> getBars() {
        return bars;
    }

    /** Every value, for the table. */
    public List<Bar> getAll() {
        return all;
    }

    public int getHeight() {
        return bars.size() * ROW_HEIGHT;
    }

    /** Says that only the largest values are drawn, or null when all are. */
    public String getMore() {
        return more;
    }

    @Override
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /**
     * One value.
     *
     * @param label      its full name
     * @param shortLabel what the chart writes
     * @param tone       a style modifier (statuses have their own colours), or empty
     * @param width      the bar's width, e.g. {@code 41.0%}
     * @param figureX    where the figure is written
     * @param top        the row's top in pixels
     */
    public record Bar(String value, String label, String shortLabel, long count, String figure, String tone,
                      String width, String figureX, int top) {

        public int labelY() {
            return top + 15;
        }

        public int barY() {
            return top + 21;
        }

        public int figureY() {
            return top + 33;
        }
    }
}
