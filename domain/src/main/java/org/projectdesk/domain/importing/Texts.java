package org.projectdesk.domain.importing;

import org.projectdesk.domain.shared.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the reader's parts. */
public final class Texts {

    private Texts() {
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

    /** Whether the word looks like an acronym: no spaces, at least two upper-case letters, e.g. BOMCA, IPA-I. */
    static boolean looksLikeAcronym(String word) {
        if (word == null || word.isBlank() || word.contains(" ")) {
            return false;
        }
        long capitals = word.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && Character.isUpperCase(word.charAt(0));
    }
}
