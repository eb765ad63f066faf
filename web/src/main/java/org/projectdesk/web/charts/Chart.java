package org.projectdesk.web.charts;

import org.projectdesk.domain.shared.Language;
import org.projectdesk.web.i18n.Messages;

import java.util.List;

/** What every chart has: an id unique on the page, a title, the heading of its table's name column, a text alternative. */
public abstract class Chart {

    private final String id;
    private final String title;
    private final String column;
    private String alt;

    Chart(String id, String title, String column) {
        this.id = id;
        this.title = title;
        this.column = column;
    }

    /** Sets the text alternative: the title, then each name with its figure. */
    final void describe(Language language, List<String> names, List<String> figures) {
        String separator = Messages.format(language, "format.listSeparator");
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            items.append(i == 0 ? "" : separator).append(Messages.format(language, "charts.item", names.get(i), figures.get(i)));
        }
        alt = Messages.format(language, "charts.alt", title, items.toString());
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** The table's heading of the names' column. */
    public String getColumn() {
        return column;
    }

    /** The chart's text alternative: its title and every value drawn with its figure. */
    public String getAlt() {
        return alt;
    }

    public abstract boolean isEmpty();

    static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", value);
    }
}
