package org.projectdesk.domain.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * White space and name comparison shared by the model (an organisation that resembles another) and
 * the readers of imported text: odd spaces and invisible characters, a comparison key for names, and
 * the edit distance between two keys.
 */
public final class PlainText {

    /** Spaces that {@link String#strip()} does not treat as white space, and invisible characters. */
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000\\t\\f\\u000B]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

    private PlainText() {
    }

    /** Whether the raw line holds white space that is not an ordinary space (e.g. a non-breaking space). */
    public static boolean hasOddSpace(String raw) {
        return ODD_SPACES.matcher(raw).find();
    }

    /** The line as a reader sees it: any kind of space as one ordinary space, trimmed. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = INVISIBLE.matcher(raw).replaceAll("");
        text = ODD_SPACES.matcher(text).replaceAll(" ");
        return RUNS_OF_SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * A comparison key for names: accents dropped, lower case, "&amp;" as "and", "St." as "saint",
     * apostrophes removed, any other punctuation as a space, a leading "the" dropped.
     */
    public static String key(String name) {
        String text = Normalizer.normalize(clean(name), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['’`]", "")
                .replaceAll("\\bst\\.\\s*", "saint ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        if (text.startsWith("the ")) {
            text = text.substring(4);
        }
        return text;
    }

    /** Edit distance (insertions, deletions, substitutions). */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
