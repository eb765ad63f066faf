package org.projectdesk.persistence.importing;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
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

    /** The text is not JSON: where the parser gave up. */
    static final class MalformedJsonException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;

        MalformedJsonException(long line, long column, Throwable cause) {
            super("not valid JSON at line " + line + ", column " + column, cause);
            this.line = line;
            this.column = column;
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
            JsonNode root = value(parser, parser.next(), duplicates);
            if (parser.hasNext()) {
                JsonLocation at = parser.getLocation();
                throw new MalformedJsonException(at.getLineNumber(), at.getColumnNumber(), null);
            }
            return root;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedJsonException(at == null ? 1 : at.getLineNumber(), at == null ? 1 : at.getColumnNumber(), e);
        } catch (jakarta.json.JsonException | java.util.NoSuchElementException e) {
            throw new MalformedJsonException(1, 1, e);
        }
    }

    private static JsonNode value(JsonParser parser, JsonParser.Event event, Consumer<DuplicateMember> duplicates) {
        int line = (int) Math.max(1, parser.getLocation().getLineNumber());
        return switch (event) {
            case START_OBJECT -> {
                Map<String, JsonNode> members = new LinkedHashMap<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String name = parser.getString();
                    int nameLine = (int) parser.getLocation().getLineNumber();
                    JsonNode member = value(parser, parser.next(), duplicates);
                    if (members.put(name, member) != null) {
                        duplicates.accept(new DuplicateMember(name, nameLine));
                    }
                }
                yield new JsonNode.ObjectNode(line, members);
            }
            case START_ARRAY -> {
                List<JsonNode> items = new ArrayList<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    items.add(value(parser, next, duplicates));
                }
                yield new JsonNode.ArrayNode(line, items);
            }
            case VALUE_STRING -> new JsonNode.StringNode(line, parser.getString());
            case VALUE_NUMBER -> new JsonNode.NumberNode(line, parser.getBigDecimal());
            case VALUE_TRUE -> new JsonNode.BooleanNode(line, true);
            case VALUE_FALSE -> new JsonNode.BooleanNode(line, false);
            case VALUE_NULL -> new JsonNode.NullNode(line);
            default -> throw new JsonParsingException("unexpected " + event, parser.getLocation());
        };
    }
}
