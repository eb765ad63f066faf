package org.projectdesk.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.persistence.publicview.CountryName;

import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Formats values for pages in the reader's language: months ("July 2014", "juillet 2014",
 * "июль 2014"), month ranges, and lists joined the way the language joins them.
 */
@Named
@RequestScoped
public class Formats {

    private static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    @Inject
    private CurrentLanguage language;

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()).format(month);
    }

    public String monthRange(MonthRange range) {
        return range == null ? "" : MessageFormat.format(bundle().getString("format.monthRange"),
                month(range.start()), month(range.end()));
    }

    public String joined(List<String> items) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        ResourceBundle bundle = bundle();
        return String.join(bundle.getString("format.listSeparator"), items.subList(0, items.size() - 1))
                + bundle.getString("format.listLastSeparator") + items.get(items.size() - 1);
    }

    public String countries(List<CountryName> countries) {
        return joined(countries.stream().map(CountryName::name).toList());
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, language.getLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }
}
