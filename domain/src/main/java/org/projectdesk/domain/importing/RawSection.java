package org.projectdesk.domain.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A project section as cut out of the page, before its fields are read. */
final class RawSection {

    /** A piece of text from the page and the line it starts on; lines that continue it are appended. */
    static final class Piece {
        final int line;
        private final StringBuilder text;

        Piece(int line, String text) {
            this.line = line;
            this.text = new StringBuilder(text);
        }

        void append(String more) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(more);
        }

        String text() {
            return text.toString().strip();
        }
    }

    /** One field: where its label is, its values (an inline value, further paragraphs) and its bullets. */
    static final class Entry {
        final PageLine.Field field;
        final int labelLine;
        final List<Piece> values = new ArrayList<>();
        final List<Piece> bullets = new ArrayList<>();

        Entry(PageLine.Field field, int labelLine) {
            this.field = field;
            this.labelLine = labelLine;
        }

        /** The line of the first value, else of the label. */
        int valueLine() {
            return values.isEmpty() ? labelLine : values.get(0).line;
        }

        boolean isEmpty() {
            return values.stream().allMatch(v -> v.text().isEmpty()) && bullets.isEmpty();
        }

        /** Values and bullets as one comma-separated text, for fields that hold names. */
        String joined() {
            List<String> all = new ArrayList<>();
            values.forEach(v -> all.add(v.text()));
            bullets.forEach(b -> all.add(Texts.withoutTrailingPunctuation(b.text())));
            all.removeIf(String::isEmpty);
            return String.join(", ", all);
        }
    }

    final int number;
    final int firstLine;
    final String firstText;
    final Piece title;
    final Map<PageLine.Field, Entry> fields = new EnumMap<>(PageLine.Field.class);
    final List<Piece> websites = new ArrayList<>();
    final List<Piece> loose = new ArrayList<>();
    int lastContentLine;

    RawSection(int number, PageLine first, boolean titled) {
        this.number = number;
        this.firstLine = first.number();
        this.firstText = first.text();
        this.title = titled ? new Piece(first.number(), first.text()) : null;
        this.lastContentLine = first.number();
    }
}
