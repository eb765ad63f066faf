package org.projectdesk.persistence.importing;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong (or worth a look) in an uploaded file.
 *
 * @param entry      the entry, counted from 1 in file order (a project section for a legacy page);
 *                   0 for the file as a whole
 * @param entryLabel how the editor recognises the entry: its slug or title as written; empty for the file
 * @param field      the field concerned, e.g. {@code duration.end}, {@code countries[2]}; {@code file} for the file
 * @param line       the line in the file, counted from 1
 * @param messageKey the resource bundle key, {@code import.<rule>} (or a domain refusal's {@code error.…})
 * @param message    the English message with its arguments filled in (for logs and the API)
 * @param arguments  the key's arguments as text, in order; an argument that is itself a key of the
 *                   {@code import.kind.} family (a kind of value, "a list"), or a country ({@code country:AM}),
 *                   is shown in the reader's language
 */
public record ImportIssue(Severity severity, int entry, String entryLabel, String field, int line, String messageKey,
                          String message, List<String> arguments) implements Serializable {

    /** Arguments that name a kind of value start so, and are keys themselves. */
    public static final String KIND_KEY = "import.kind.";
    /** Arguments that name a country start so, followed by its code. */
    public static final String COUNTRY = "country:";

    public enum Severity { ERROR, WARNING }

    public ImportIssue {
        arguments = List.copyOf(arguments);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The rule part of the key, e.g. {@code unknownCountry}. */
    public String rule() {
        return messageKey.startsWith("import.") ? messageKey.substring("import.".length()) : messageKey;
    }

    @Override
    public String toString() {
        return severity + " entry " + entry + (entryLabel.isEmpty() ? "" : " (" + entryLabel + ")") + ", line " + line
                + " [" + field + "] " + messageKey + ": " + message;
    }
}
