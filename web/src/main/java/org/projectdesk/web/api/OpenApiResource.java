package org.projectdesk.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 document of the API, at {@code /api/openapi.json}. Written by hand (see the
 * README for why) and kept honest by the integration tests, which validate every API answer they
 * get against the schema this document gives for it.
 */
@Path("openapi.json")
public class OpenApiResource {

    private static final String DOCUMENT = load();

    @Context
    Request request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() {
        return ApiRequest.jsonText(request, DOCUMENT, null);
    }

    private static String load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the web module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
