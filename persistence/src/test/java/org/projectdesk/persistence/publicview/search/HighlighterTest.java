package org.projectdesk.persistence.publicview.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlighterTest {

    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    @Test
    void marksEveryMatchIgnoringCase() {
        assertEquals(Optional.of("<mark>Border</mark> management and <mark>border</mark> communities"),
                new Highlighter(analyzer, "border").marked("Border management and border communities"));
    }

    @Test
    void escapesTheTextAroundTheMatches() {
        assertEquals(Optional.of("Trade &amp; <mark>visa</mark> &lt;talks&gt;"),
                new Highlighter(analyzer, "visa").marked("Trade & visa <talks>"));
    }

    @Test
    void doesNotMarkExcludedWordsOrSyntax() {
        assertEquals(Optional.empty(), new Highlighter(analyzer, "-border \"\"").marked("Border management"));
        assertEquals(Optional.of("<mark>Border</mark> management"),
                new Highlighter(analyzer, "\"border\" -visa").marked("Border management"));
    }

    @Test
    void cutsPassagesAroundTheFirstMatchAtWordBoundaries() {
        String long1 = "word ".repeat(40) + "target " + "tail ".repeat(40);
        List<String> passages = new Highlighter(analyzer, "target").passages(List.of("no match here", long1, "target again"), 1);
        assertEquals(1, passages.size());
        assertTrue(passages.get(0).startsWith("… word"), passages.get(0));
        assertTrue(passages.get(0).contains("<mark>target</mark>"));
        assertTrue(passages.get(0).endsWith(" …"));
    }

    @Test
    void joinsPassagesWithOneEllipsisWhereTextWasLeftOut() {
        assertEquals("… a … b", Highlighter.joined(List.of("… a", "b")));
        assertEquals("a … b …", Highlighter.joined(List.of("a …", "b …")));
        assertEquals("… a … b", Highlighter.joined(List.of("… a …", "… b")));
        assertEquals("a … b", Highlighter.joined(List.of("a", "b")));
        assertEquals("a", Highlighter.joined(List.of("a")));
        assertEquals("", Highlighter.joined(List.of()));
    }
}
