package org.projectdesk.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The elements of an HTML page as a browser's tokenizer sees them (names and attributes, quoted
 * values read whole; comments and the text of script and style elements skipped), so a test can
 * tell markup the page wrote from text that merely looks like markup once escaped.
 */
public final class HtmlTags {

    /** One start tag: its name and attributes, lower-case names, values as written. */
    public record Tag(String name, Map<String, String> attributes) {
        public String attribute(String attribute) {
            return attributes.get(attribute);
        }
    }

    private HtmlTags() {
    }

    public static List<Tag> of(String html) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int length = html.length();
        while (i < length) {
            int open = html.indexOf('<', i);
            if (open < 0 || open + 1 >= length) {
                break;
            }
            if (html.startsWith("<!--", open)) {
                int close = html.indexOf("-->", open + 4);
                i = close < 0 ? length : close + 3;
                continue;
            }
            char first = html.charAt(open + 1);
            if (!Character.isLetter(first)) {
                i = open + 1;
                continue;
            }
            int at = open + 1;
            while (at < length && !Character.isWhitespace(html.charAt(at)) && html.charAt(at) != '>' && html.charAt(at) != '/') {
                at++;
            }
            String name = html.substring(open + 1, at).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = new LinkedHashMap<>();
            while (at < length) {
                while (at < length && (Character.isWhitespace(html.charAt(at)) || html.charAt(at) == '/')) {
                    at++;
                }
                if (at >= length || html.charAt(at) == '>') {
                    at++;
                    break;
                }
                int start = at;
                while (at < length && !Character.isWhitespace(html.charAt(at)) && "=>/".indexOf(html.charAt(at)) < 0) {
                    at++;
                }
                String attribute = html.substring(start, at).toLowerCase(Locale.ROOT);
                while (at < length && Character.isWhitespace(html.charAt(at))) {
                    at++;
                }
                String value = "";
                if (at < length && html.charAt(at) == '=') {
                    at++;
                    while (at < length && Character.isWhitespace(html.charAt(at))) {
                        at++;
                    }
                    if (at < length && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
                        char quote = html.charAt(at);
                        int end = html.indexOf(quote, at + 1);
                        end = end < 0 ? length : end;
                        value = html.substring(at + 1, end);
                        at = end + 1;
                    } else {
                        int begin = at;
                        while (at < length && !Character.isWhitespace(html.charAt(at)) && html.charAt(at) != '>') {
                            at++;
                        }
                        value = html.substring(begin, at);
                    }
                }
                attributes.putIfAbsent(attribute, value);
            }
            tags.add(new Tag(name, attributes));
            if (name.equals("script") || name.equals("style")) {
                int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, at);
                at = close < 0 ? length : close;
            }
            i = at;
        }
        return tags;
    }
}
