package org.projectdesk.domain.shared;

/**
 * Text that came from outside (a username, an address, a file name, a request path) made safe to
 * write into a log line: line breaks and every other control character, the Unicode line and
 * paragraph separators and the bidirectional overrides are written as escapes ({@code \n},
 * {@code \u202E}), so nobody can start a forged log line or reorder what a reader sees; and a
 * long text is cut, saying how long it was.
 */
public final class LogText {

    /** The most characters of one value written into a log line. */
    public static final int MAX_LENGTH = 200;

    private LogText() {
    }

    /** The value, escaped and cut; {@code null} as {@code null}. */
    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        int shown = Math.min(text.length(), MAX_LENGTH);
        StringBuilder safe = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                case '\\' -> safe.append("\\\\");
                default -> {
                    if (needsEscape(c)) {
                        safe.append(String.format("\\u%04X", (int) c));
                    } else {
                        safe.append(c);
                    }
                }
            }
        }
        if (text.length() > shown) {
            safe.append("…(").append(text.length()).append(" characters)");
        }
        return safe.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
