package org.projectdesk.persistence.importing;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads JSON text into {@link JsonNode}s that know their line, with the streaming parser of
 * Jakarta JSON Processing. A repeated member name is reported (the later value wins) rather than
 * silently dropped.
 */
final class LocatedJsonParser {

    /** A member name given twice in one object. */
    record DuplicateMember(String name, int line) {
    }

    /** The most objects and lists within each other a file may have (an entry needs four). */
    static final int MAX_DEPTH = 32;
    /** The most characters a number may have: a percentage needs six. */
    static final int MAX_NUMBER_LENGTH = 30;

    /** Why a text cannot be read. */
    enum Unreadable {
        /** Not JSON at all. */
        SYNTAX,
        /** Objects and lists nested deeper than {@link #MAX_DEPTH}. */
        TOO_DEEP,
        /** A number with more than {@link #MAX_NUMBER_LENGTH} characters (digits, exponent). */
        NUMBER_TOO_LONG
    }

    /** The text is not JSON, or not JSON this reader takes: where and why it gave up. */
    static final class MalformedJsonException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;
        private final Unreadable reason;

        MalformedJsonException(long line, long column, Throwable cause) {
            this(Unreadable.SYNTAX, line, column, cause);
        }

        MalformedJsonException(Unreadable reason, long line, long column, Throwable cause) {
            super("not valid JSON at line " + line + ", column " + column + " (" + reason + ")", cause);
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        Unreadable reason() {
            return reason;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }

    private LocatedJsonParser() {
    }

    static JsonNode parse(String text, Consumer<DuplicateMember> duplicates) throws MalformedJsonException {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new MalformedJsonException(1, 1, null);
            }
            JsonNode root = value(parser, parser.next(), duplicates, 1);
            if (parser.hasNext()) {
                JsonLocation at = parser.getLocation();
                throw new MalformedJsonException(at.getLineNumber(), at.getColumnNumber(), null);
            }
            return root;
        } catch (Unusable e) {
            throw new MalformedJsonException(e.reason, e.line, e.column, null);
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedJsonException(at == null ? 1 : at.getLineNumber(), at == null ? 1 : at.getColumnNumber(), e);
        } catch (jakarta.json.JsonException | java.util.NoSuchElementException | IllegalStateException
                 | UnsupportedOperationException | NumberFormatException e) {
            throw new MalformedJsonException(1, 1, e);
        }
    }

    /** Thrown inside the walk for text the parser would read but this reader refuses. */
    private static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Unreadable reason;
        private final long line;
        private final long column;

        Unusable(Unreadable reason, JsonLocation at) {
            super(reason.name(), null, false, false);
            this.reason = reason;
            this.line = at == null ? 1 : Math.max(1, at.getLineNumber());
            this.column = at == null ? 1 : Math.max(1, at.getColumnNumber());
        }
    }

    private static JsonNode value(JsonParser parser, JsonParser.Event event, Consumer<DuplicateMember> duplicates,
                                  int depth) {
        int line = (int) Math.max(1, parser.getLocation().getLineNumber());
        if ((event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) && depth > MAX_DEPTH) {
            throw new Unusable(Unreadable.TOO_DEEP, parser.getLocation());
        }
        return switch (event) {
            case START_OBJECT -> {
                Map<String, JsonNode> members = new LinkedHashMap<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String name = parser.getString();
                    int nameLine = (int) parser.getLocation().getLineNumber();
                    JsonNode member = value(parser, parser.next(), duplicates, depth + 1);
                    if (members.put(name, member) != null) {
                        duplicates.accept(new DuplicateMember(name, nameLine));
                    }
                }
                yield new JsonNode.ObjectNode(line, members);
            }
            case START_ARRAY -> {
                List<JsonNode> items = new ArrayList<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    items.add(value(parser, next, duplicates, depth + 1));
                }
                yield new JsonNode.ArrayNode(line, items);
            }
            case VALUE_STRING -> new JsonNode.StringNode(line, parser.getString());
            case VALUE_NUMBER -> new JsonNode.NumberNode(line, number(parser));
            case VALUE_TRUE -> new JsonNode.BooleanNode(line, true);
            case VALUE_FALSE -> new JsonNode.BooleanNode(line, false);
            case VALUE_NULL -> new JsonNode.NullNode(line);
            default -> throw new JsonParsingException("unexpected " + event, parser.getLocation());
        };
    }

    /**
     * The number as written, read only when it is short: the parser's own reading of a long one
     * fails (over 1,100 digits) or makes a number too large to format (an exponent of a billion).
     */
    private static BigDecimal number(JsonParser parser) {
        String text = parser.getString();
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new Unusable(Unreadable.NUMBER_TOO_LONG, parser.getLocation());
        }
        BigDecimal number = new BigDecimal(text);
        if (Math.abs((long) number.scale()) > MAX_NUMBER_LENGTH) {
            throw new Unusable(Unreadable.NUMBER_TOO_LONG, parser.getLocation());
        }
        return number;
    }
}
