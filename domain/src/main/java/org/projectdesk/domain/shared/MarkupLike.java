package org.projectdesk.domain.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that looks like HTML or script in a field that holds plain text (a title copied from a web
 * page: {@code <script>…</script> Test Project}). Such text is stored and shown as written, as text;
 * this only finds it, so that the person can be told before it is published.
 */
public final class MarkupLike {

    /** A tag, a comment, a character reference, or a script address. */
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*/?\\s*[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?\\s*>|<!--|&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);"
                    + "|javascript\\s*:", Pattern.CASE_INSENSITIVE);
    private static final int SHOWN = 40;

    private MarkupLike() {
    }

    /** The first part of the text that looks like markup (at most 40 characters), if any. */
    public static Optional<String> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher found = MARKUP.matcher(text);
        if (!found.find()) {
            return Optional.empty();
        }
        String fragment = found.group();
        return Optional.of(fragment.length() > SHOWN ? fragment.substring(0, SHOWN - 1) + "…" : fragment);
    }
}
