package org.projectdesk.domain.importing;

import java.util.List;
import java.util.Objects;

/**
 * Something the legacy page reader noticed while reading the page.
 *
 * @param severity   {@link Severity#ERROR}: the section is not imported; {@link Severity#WARNING}: it is
 *                   imported, but an editor should look at the named field
 * @param section    the project section, counted from 1 in page order; {@link #PAGE} (0) for the page
 *                   as a whole (heading, footer, an empty page)
 * @param line       the line in the page text, counted from 1
 * @param field      the field concerned, named like the {@link ImportedProject} accessor
 *                   ({@code duration}, {@code countries}, {@code organisations}, …) or {@code page}
 * @param messageKey the resource bundle key, {@code import.<rule>}
 * @param message    the English message, with the arguments filled in
 * @param arguments  the arguments for the key's pattern, in order, as text
 */
public record ImportProblem(Severity severity, int section, int line, String field, String messageKey,
                            String message, List<String> arguments) {

    /** The section number used for problems that concern the whole page. */
    public static final int PAGE = 0;

    public enum Severity { ERROR, WARNING }

    public ImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (messageKey == null || !messageKey.startsWith("import.")) {
            throw new IllegalArgumentException("message keys of import problems start with \"import.\": " + messageKey);
        }
        if (section < 0 || line < 1) {
            throw new IllegalArgumentException("section " + section + ", line " + line);
        }
        arguments = List.copyOf(arguments);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isPageLevel() {
        return section == PAGE;
    }

    /** The rule part of the key, e.g. {@code unknownMonth} for {@code import.unknownMonth}. */
    public String rule() {
        return messageKey.substring("import.".length());
    }

    @Override
    public String toString() {
        return severity + " " + (isPageLevel() ? "page" : "section " + section) + ", line " + line
                + " [" + field + "] " + messageKey + ": " + message;
    }
}
