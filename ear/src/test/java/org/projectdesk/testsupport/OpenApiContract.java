package org.projectdesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's own OpenAPI document (as the server serves it at {@code /api/openapi.json}) used as a
 * contract: every answer a test gets must be a documented response of its operation, and its body
 * must validate against the schema the document gives for that status and media type.
 */
public final class OpenApiContract {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static OpenApiContract instance;

    private final JsonNode document;

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    /** The document the running server serves. */
    public static synchronized OpenApiContract served() {
        if (instance == null) {
            HttpResponse<String> response = TestServer.get("/api/openapi.json");
            assertEquals(200, response.statusCode(), response.body());
            instance = new OpenApiContract(read(response.body()));
        }
        return instance;
    }

    public JsonNode document() {
        return document;
    }

    /**
     * Checks an answer of {@code GET /api{pathTemplate}} against the document and returns its body
     * as JSON (null for a body-less 304).
     */
    public JsonNode check(String pathTemplate, HttpResponse<String> response) {
        JsonNode operation = document.path("paths").path(pathTemplate).path("get");
        assertTrue(operation.isObject(), "GET " + pathTemplate + " is not in the OpenAPI document");
        String status = String.valueOf(response.statusCode());
        JsonNode documented = operation.path("responses").path(status);
        assertTrue(documented.isObject(), "GET " + pathTemplate + " answered " + status
                + ", which the OpenAPI document does not list: " + response.body());
        if (!documented.has("content")) {
            assertTrue(response.body().isEmpty(), "a " + status + " answer has no body");
            return null;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode media = documented.path("content").path(contentType);
        assertTrue(media.isObject(), "GET " + pathTemplate + " " + status + " answered " + contentType
                + ", which the OpenAPI document does not list for it");
        JsonNode body = read(response.body());
        Set<ValidationMessage> errors = schema(media.path("schema")).validate(body);
        assertTrue(errors.isEmpty(), () -> "GET " + pathTemplate + " " + status + " does not match its schema: "
                + errors + "\n" + response.body());
        return body;
    }

    /** A schema of the document (e.g. a {@code $ref} into its components), resolvable on its own. */
    private JsonSchema schema(JsonNode schema) {
        ObjectNode standalone = MAPPER.createObjectNode();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.setAll((ObjectNode) schema.deepCopy());
        standalone.set("components", document.path("components").deepCopy());
        JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(standalone);
        assertNotNull(compiled);
        return compiled;
    }

    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
