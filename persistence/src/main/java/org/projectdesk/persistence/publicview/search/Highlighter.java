package org.projectdesk.persistence.publicview.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Marks the search words in a project's texts, with the index's own analyzer for the language, so
 * that it marks exactly what matched: other forms of a word ("border" marks "borders"), any case,
 * any accents. (WildFly's Lucene module ships without Lucene's highlighter, which Hibernate
 * Search's highlight projection needs.) The result is HTML: the text escaped, matches in
 * {@code <mark>}.
 */
public final class Highlighter {

    private static final int CONTEXT = 90;
    private static final String ELLIPSIS = "…";

    private final Analyzer analyzer;
    private final Set<String> terms;

    /** A highlighter for the words of a search (in the simple query syntax: excluded words are not marked). */
    public Highlighter(Analyzer analyzer, String searchText) {
        this.analyzer = analyzer;
        StringBuilder wanted = new StringBuilder();
        for (String word : searchText.split("\\s+")) {
            if (!word.startsWith("-")) {
                wanted.append(word.replaceAll("[\"+|*~()]", " ")).append(' ');
            }
        }
        this.terms = new HashSet<>();
        for (Match match : analyse(wanted.toString())) {
            terms.add(match.term());
        }
    }

    /** The whole text with its matches marked, if it has any. */
    public Optional<String> marked(String text) {
        List<Match> matches = matches(text);
        return matches.isEmpty() ? Optional.empty() : Optional.of(mark(text, 0, text.length(), matches));
    }

    /** Up to {@code max} passages around matches, from the texts in order. */
    public List<String> passages(List<String> texts, int max) {
        List<String> passages = new ArrayList<>();
        for (String text : texts) {
            if (passages.size() >= max) {
                break;
            }
            List<Match> matches = matches(text);
            if (matches.isEmpty()) {
                continue;
            }
            int from = wordStart(text, Math.max(0, matches.get(0).start() - CONTEXT));
            int to = wordEnd(text, Math.min(text.length(), matches.get(0).end() + CONTEXT));
            passages.add((from > 0 ? ELLIPSIS + " " : "") + mark(text, from, to, matches)
                    + (to < text.length() ? " " + ELLIPSIS : ""));
        }
        return passages;
    }

    /**
     * The passages as one text: an ellipsis between two passages only where neither already shows
     * that text was left out, so that no "… …" appears.
     */
    public static String joined(List<String> passages) {
        StringBuilder text = new StringBuilder();
        for (String passage : passages) {
            String next = passage;
            if (!text.isEmpty()) {
                boolean before = text.toString().endsWith(ELLIPSIS);
                if (before && next.startsWith(ELLIPSIS)) {
                    next = next.substring(ELLIPSIS.length()).stripLeading();
                }
                text.append(before || next.startsWith(ELLIPSIS) ? " " : " " + ELLIPSIS + " ");
            }
            text.append(next);
        }
        return text.toString();
    }

    private List<Match> matches(String text) {
        if (terms.isEmpty() || text == null || text.isEmpty()) {
            return List.of();
        }
        return analyse(text).stream().filter(match -> terms.contains(match.term())).toList();
    }

    private List<Match> analyse(String text) {
        List<Match> matches = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("highlight", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                matches.add(new Match(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }

    private static String mark(String text, int from, int to, List<Match> matches) {
        StringBuilder html = new StringBuilder();
        int at = from;
        for (Match match : matches) {
            if (match.start() < at || match.end() > to) {
                continue;
            }
            escape(html, text.substring(at, match.start()));
            html.append("<mark>");
            escape(html, text.substring(match.start(), match.end()));
            html.append("</mark>");
            at = match.end();
        }
        escape(html, text.substring(at, to));
        return html.toString();
    }

    private static int wordStart(String text, int index) {
        int space = text.lastIndexOf(' ', index);
        return index == 0 || space < 0 ? index : space + 1;
    }

    private static int wordEnd(String text, int index) {
        int space = text.indexOf(' ', index);
        return space < 0 ? text.length() : space;
    }

    private static void escape(StringBuilder html, String text) {
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }

    private record Match(String term, int start, int end) {
    }
}
