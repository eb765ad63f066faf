package org.projectdesk.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The API's one JSON-B configuration: members in alphabetical order (stable, so that equal
 * content has an equal ETag), nulls left out. Bodies are written to text before they are sent so that their ETag can be computed.
 */
@Provider
public class JsonBodies implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .withPropertyOrderStrategy(jakarta.json.bind.config.PropertyOrderStrategy.LEXICOGRAPHICAL));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    public static String write(Object body) {
        return JSONB.toJson(body);
    }

    /** A strong ETag for a body: its SHA-256, shortened. */
    public static String etagOf(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
