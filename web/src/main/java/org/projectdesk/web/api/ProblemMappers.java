package org.projectdesk.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.projectdesk.domain.shared.LogText;
import org.projectdesk.persistence.storage.StorageFailure;
import org.projectdesk.web.outage.StorageOutages;
import org.projectdesk.web.routing.PublicAddress;

import java.util.List;
import java.util.Optional;
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

    /**
     * A mapper that answers with a problem about the request's address; the problem's
     * {@code instance} is that address in full ({@code https://…/api/v1/projects/x}), on the site's
     * configured address rather than the request's {@code Host}.
     */
    abstract static class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpServletRequest request;

        @Inject
        PublicAddress publicAddress;

        Response problem(String type, String title, int status, String detail, List<Problem.ParameterError> errors) {
            return new Problem(type, title, status, detail, publicAddress.of(path()), errors).toResponse();
        }

        /** The address asked for, from the site's root: {@code /api/v1/projects/x}. */
        String path() {
            return request.getRequestURI().substring(request.getContextPath().length());
        }
    }

    @Provider
    public static class NotFound extends ProblemMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException exception) {
            return problem("/api/problems/not-found", "Not found", 404,
                    exception instanceof NotPublishedException ? exception.getMessage()
                            : "Nothing is published at this address.", null);
        }
    }

    @Provider
    public static class NotAcceptable extends ProblemMapper<NotAcceptableException> {
        @Override
        public Response toResponse(NotAcceptableException exception) {
            return problem("/api/problems/not-acceptable", "Not acceptable", 406,
                    "This address answers in application/json only (application/xml for the IATI export); the request's Accept header excludes it.",
                    null);
        }
    }

    @Provider
    public static class NotAllowed extends ProblemMapper<NotAllowedException> {
        @Override
        public Response toResponse(NotAllowedException exception) {
            Response problem = problem("/api/problems/method-not-allowed", "Method not allowed", 405,
                    "The API is read-only: use GET.", null);
            return Response.fromResponse(problem).allow("GET", "HEAD", "OPTIONS").build();
        }
    }

    @Provider
    public static class InvalidParameters extends ProblemMapper<InvalidParametersException> {
        @Override
        public Response toResponse(InvalidParametersException exception) {
            return problem("/api/problems/invalid-parameter", "Invalid query parameter", 400,
                    "The request has query parameters that cannot be used; see errors.", exception.errors());
        }
    }

    @Provider
    public static class OtherWebApplication extends ProblemMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            int status = exception.getResponse().getStatus();
            Response.StatusType type = exception.getResponse().getStatusInfo();
            return problem("about:blank", type.getReasonPhrase(), status, null, null);
        }
    }

    /**
     * Anything unforeseen: logged with its stack trace for the operators, answered with a plain
     * 500 problem that reveals nothing of the server (the site's HTML error page is not for API clients).
     */
    @Provider
    public static class Unexpected extends ProblemMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            Optional<StorageFailure> outage = StorageFailure.of(exception);
            if (outage.isPresent()) {
                // not the request's fault and nothing to debug here: the database is away (logged by StorageOutages)
                StorageOutages.report(outage.get(), exception);
                Response problem = problem("/api/problems/unavailable", "Service unavailable", 503,
                        outage.get() == StorageFailure.UNREACHABLE
                                ? "The database does not answer just now; try again in a minute."
                                : "The server cannot store data just now; try again later.", null);
                return Response.fromResponse(problem).header("Retry-After", StorageOutages.RETRY_AFTER_SECONDS)
                        .header("Cache-Control", "no-store").build();
            }
            LOG.log(Level.SEVERE, "API request " + LogText.of(path()) + " failed", exception);
            return problem("about:blank", "Internal server error", 500,
                    "The request could not be answered; the error is logged.", null);
        }
    }
}
