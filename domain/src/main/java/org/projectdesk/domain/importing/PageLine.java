package org.projectdesk.domain.importing;

import org.projectdesk.domain.shared.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line of the page, classified. */
record PageLine(int number, String text, Kind kind, Field field, String value) {

    enum Kind {
        /** Empty, or ordinary spaces only: separates the paragraphs of a section. */
        BLANK,
        /** White space that is not only ordinary spaces (a non-breaking space): separates sections. */
        SEPARATOR,
        /** "  • item"; the value is the item. */
        BULLET,
        /** A field label, "Duration: July 2014 – June 2017" or "Donor" alone; the value is what follows the colon. */
        LABEL,
        /** ": European Union", the value of a label on the line before; the value is what follows the colon. */
        COLON_VALUE,
        /** "For more information, please visit the MIBMA website." */
        WEBSITE,
        /** Anything else: a title, a paragraph, a value on the line after its label. */
        TEXT
    }

    /** The fields of a project section, with the name of the {@link ImportedProject} property they fill. */
    enum Field {
        OBJECTIVE("objective", "Objective:"),
        SPECIFIC_OBJECTIVES("specificObjectives", "The specific objectives:"),
        TARGET_GROUPS("targetGroups", "Target Groups:"),
        FINAL_BENEFICIARIES("finalBeneficiaries", "Final beneficiaries:"),
        IMPLEMENTING_AGENCY("organisations", "Implementing Agency:"),
        DONOR("organisations", "Donor:"),
        PARTNERS("organisations", "Partners:"),
        DURATION("duration", "Duration:"),
        COUNTRIES("countries", "Countries:");

        private final String property;
        private final String label;

        Field(String property, String label) {
            this.property = property;
            this.label = label;
        }

        String property() {
            return property;
        }

        String label() {
            return label;
        }
    }

    private static final Pattern BULLET = Pattern.compile("^[\\u2022\\u25E6\\u25AA\\u25CF\\u2023\\u00B7*]\\s*(.*)$");
    private static final Pattern LABEL = Pattern.compile(
            "^(?<label>objectives?|overall objectives?"
                    + "|(?:the )?specific objectives(?:\\s+are(?:\\s+to)?)?"
                    + "|more specifically,?\\s+the\\s+(?:project|action|programme)\\s+(?:seeks|aims)\\s+to"
                    + "|target groups?|final beneficiaries|implementing agenc(?:y|ies)|donors?|partners?|duration"
                    + "|countries|country)\\s*(?<colon>:)?\\s*(?<rest>.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WEBSITE = Pattern.compile(
            "^for (?:more|further) information,?\\s+(?:please\\s+)?(?:visit|see|consult)\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The page's lines, numbered from 1. Lines end with \n, \r\n or \r. */
    static List<PageLine> split(String page) {
        List<PageLine> lines = new ArrayList<>();
        String[] raw = page.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < raw.length; i++) {
            lines.add(classify(i + 1, raw[i]));
        }
        return lines;
    }

    static PageLine classify(int number, String raw) {
        String text = PlainText.clean(raw);
        if (text.isEmpty()) {
            return new PageLine(number, text, PlainText.hasOddSpace(raw) ? Kind.SEPARATOR : Kind.BLANK, null, "");
        }
        Matcher bullet = BULLET.matcher(text);
        if (bullet.matches()) {
            return new PageLine(number, text, Kind.BULLET, null, bullet.group(1).strip());
        }
        if (text.startsWith(":")) {
            return new PageLine(number, text, Kind.COLON_VALUE, null, text.substring(1).strip());
        }
        if (WEBSITE.matcher(text).matches()) {
            return new PageLine(number, text, Kind.WEBSITE, null, text);
        }
        Matcher label = LABEL.matcher(text);
        if (label.matches() && (label.group("colon") != null || label.group("rest").isEmpty())) {
            return new PageLine(number, text, Kind.LABEL, field(label.group("label")), label.group("rest").strip());
        }
        return new PageLine(number, text, Kind.TEXT, null, text);
    }

    private static Field field(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.contains("specific")) {
            return Field.SPECIFIC_OBJECTIVES;
        } else if (lower.contains("objective")) {
            return Field.OBJECTIVE;
        } else if (lower.startsWith("target")) {
            return Field.TARGET_GROUPS;
        } else if (lower.startsWith("final")) {
            return Field.FINAL_BENEFICIARIES;
        } else if (lower.startsWith("implementing")) {
            return Field.IMPLEMENTING_AGENCY;
        } else if (lower.startsWith("donor")) {
            return Field.DONOR;
        } else if (lower.startsWith("partner")) {
            return Field.PARTNERS;
        } else if (lower.startsWith("duration")) {
            return Field.DURATION;
        }
        return Field.COUNTRIES;
    }

    boolean isBlankOrSeparator() {
        return kind == Kind.BLANK || kind == Kind.SEPARATOR;
    }
}
