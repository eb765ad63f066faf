package org.projectdesk.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem details body ({@code application/problem+json}): the error answer of every
 * API and export address, never an HTML page.
 *
 * @param type     a URI reference naming the kind of problem, e.g. {@code /api/problems/invalid-parameter}
 * @param errors   for invalid parameters: which parameter and what is wrong with it
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<ParameterError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid query parameter. */
    public record ParameterError(String parameter, String detail) {
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(JsonBodies.write(this))
                .header("Cache-Control", "no-store").build();
    }
}
