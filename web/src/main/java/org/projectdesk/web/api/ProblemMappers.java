package org.projectdesk.web.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API or export request into a problem details body, so that a client
 * never gets the site's HTML error pages.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(NotFoundException exception) {
            return new Problem("/api/problems/not-found", "Not found", 404,
                    exception instanceof NotPublishedException ? exception.getMessage()
                            : "Nothing is published at this address.",
                    path(uri), null).toResponse();
        }
    }

    @Provider
    public static class NotAcceptable implements ExceptionMapper<NotAcceptableException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(NotAcceptableException exception) {
            return new Problem("/api/problems/not-acceptable", "Not acceptable", 406,
                    "This address answers in application/json only (application/xml for the IATI export); the request's Accept header excludes it.",
                    path(uri), null).toResponse();
        }
    }

    @Provider
    public static class NotAllowed implements ExceptionMapper<NotAllowedException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(NotAllowedException exception) {
            Response problem = new Problem("/api/problems/method-not-allowed", "Method not allowed", 405,
                    "The API is read-only: use GET.", path(uri), null).toResponse();
            return Response.fromResponse(problem).allow("GET", "HEAD", "OPTIONS").build();
        }
    }

    @Provider
    public static class InvalidParameters implements ExceptionMapper<InvalidParametersException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(InvalidParametersException exception) {
            return new Problem("/api/problems/invalid-parameter", "Invalid query parameter", 400,
                    "The request has query parameters that cannot be used; see errors.", path(uri),
                    exception.errors()).toResponse();
        }
    }

    @Provider
    public static class OtherWebApplication implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException exception) {
            int status = exception.getResponse().getStatus();
            Response.StatusType type = exception.getResponse().getStatusInfo();
            return new Problem("about:blank", type.getReasonPhrase(), status, null, path(uri), null).toResponse();
        }
    }

    /**
     * Anything unforeseen: logged with its stack trace for the operators, answered with a plain
     * 500 problem that reveals nothing of the server (the site's HTML error page is not for API clients).
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable exception) {
            LOG.log(Level.SEVERE, "API request " + path(uri) + " failed", exception);
            return new Problem("about:blank", "Internal server error", 500,
                    "The request could not be answered; the error is logged.", path(uri), null).toResponse();
        }
    }
}
