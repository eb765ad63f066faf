package org.projectdesk.persistence.importing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as read from an uploaded file, with the line it starts on, so that every problem
 * can be reported with its line number. Object members keep their order.
 */
sealed interface JsonNode {

    /** The line the value is on, counted from 1. */
    int line();

    /** What the value is, in words for a message (ImportReading.kind("text"), ImportReading.kind("list"), …). */
    String kind();

    record ObjectNode(int line, Map<String, JsonNode> members) implements JsonNode {
        public ObjectNode {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        JsonNode get(String name) {
            return members.get(name);
        }

        boolean has(String name) {
            JsonNode value = members.get(name);
            return value != null && !(value instanceof NullNode);
        }

        @Override
        public String kind() {
            return ImportReading.kind("object");
        }
    }

    record ArrayNode(int line, List<JsonNode> items) implements JsonNode {
        public ArrayNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return ImportReading.kind("list");
        }
    }

    record StringNode(int line, String value) implements JsonNode {
        @Override
        public String kind() {
            return ImportReading.kind("text");
        }
    }

    record NumberNode(int line, BigDecimal value) implements JsonNode {
        @Override
        public String kind() {
            return ImportReading.kind("number");
        }
    }

    record BooleanNode(int line, boolean value) implements JsonNode {
        @Override
        public String kind() {
            return ImportReading.kind("boolean");
        }
    }

    record NullNode(int line) implements JsonNode {
        @Override
        public String kind() {
            return ImportReading.kind("null");
        }
    }
}
