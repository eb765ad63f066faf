package org.projectdesk.domain.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the reader's parts. */
public final class Texts {

    /** Spaces that {@link String#strip()} does not treat as white space, and invisible characters. */
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000\\t\\f\\u000B]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

    private Texts() {
    }

    /** Whether the raw line holds white space that is not an ordinary space (e.g. a non-breaking space). */
    static boolean hasOddSpace(String raw) {
        return ODD_SPACES.matcher(raw).find();
    }

    /** The line as a reader sees it: any kind of space as one ordinary space, trimmed. */
    static String clean(String raw) {
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

    /** The text with one trailing full stop, semicolon or comma removed. */
    static String withoutTrailingPunctuation(String text) {
        String result = text.strip();
        while (!result.isEmpty() && ".;,".indexOf(result.charAt(result.length() - 1)) >= 0) {
            result = result.substring(0, result.length() - 1).strip();
        }
        return result;
    }

    /** Splits at the separators (single characters) that are not inside parentheses. */
    static List<String> splitOutsideParentheses(String text, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** Splits at " and " / " &amp; " outside parentheses. */
    static List<String> splitAtAnd(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && c == ' ') {
                int length = lower.startsWith(" and ", i) ? 5 : lower.startsWith(" & ", i) ? 3 : 0;
                if (length > 0) {
                    parts.add(text.substring(start, i).strip());
                    start = i + length;
                    i = start - 1;
                }
            }
        }
        parts.add(text.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** Whether round brackets open and close in pairs. */
    static boolean parenthesesBalanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
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

    /** Whether the word looks like an acronym: no spaces, at least two upper-case letters, e.g. BOMCA, IPA-I. */
    static boolean looksLikeAcronym(String word) {
        if (word == null || word.isBlank() || word.contains(" ")) {
            return false;
        }
        long capitals = word.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && Character.isUpperCase(word.charAt(0));
    }
}
