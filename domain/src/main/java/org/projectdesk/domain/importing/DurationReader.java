package org.projectdesk.domain.importing;

import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.PlainText;

import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "July 2014 – June 2017", "June 2015-June 2018" and, with a warning, "November
 * 2014September 2017". Never guesses: a month it does not know, an end before the start or any
 * other form is an error, and the duration stays unread.
 */
final class DurationReader {

    static final String FIELD = "duration";

    private static final Pattern RANGE = Pattern.compile(
            "^(?<startMonth>\\p{L}+)\\.?\\s*(?<startYear>\\d{4})\\s*"
                    + "(?:(?<separator>[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212/]|to|until|till)\\s*)?"
                    + "(?<endMonth>\\p{L}+)\\.?\\s*(?<endYear>\\d{4})\\s*(?:\\([^)]*\\))?\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            MONTHS.put(name, month);
            MONTHS.put(name.substring(0, 3), month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    private final ProblemLog log;
    private final int section;

    DurationReader(ProblemLog log, int section) {
        this.log = log;
        this.section = section;
    }

    /** The month range, or null after reporting an error. */
    MonthRange read(String value, int line) {
        String text = PlainText.clean(value);
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches()) {
            log.error(section, line, FIELD, "unreadableDuration",
                    "The duration \"{0}\" cannot be read: write it as \"July 2014 – June 2017\".", text);
            return null;
        }
        Month startMonth = month(matcher.group("startMonth"), text, line);
        Month endMonth = month(matcher.group("endMonth"), text, line);
        if (startMonth == null || endMonth == null) {
            return null;
        }
        YearMonth start = YearMonth.of(Integer.parseInt(matcher.group("startYear")), startMonth);
        YearMonth end = YearMonth.of(Integer.parseInt(matcher.group("endYear")), endMonth);
        if (end.isBefore(start)) {
            log.error(section, line, FIELD, "endBeforeStart",
                    "The duration \"{0}\" ends ({1}) before it starts ({2}).", text, end, start);
            return null;
        }
        if (matcher.group("separator") == null) {
            log.warning(section, line, FIELD, "missingDurationSeparator",
                    "Section {0}, line {1}: the duration \"{2}\" has no dash between its start and its end; read as {3} to {4}.",
                    section, line, text, english(start), english(end));
        }
        return MonthRange.of(start, end);
    }

    private static String english(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    private Month month(String name, String text, int line) {
        Month month = MONTHS.get(name.toLowerCase(Locale.ROOT));
        if (month == null) {
            log.error(section, line, FIELD, "unknownMonth",
                    "\"{0}\" in the duration \"{1}\" is not an English month name.", name, text);
        }
        return month;
    }
}
