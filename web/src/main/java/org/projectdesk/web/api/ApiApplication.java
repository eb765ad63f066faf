package org.projectdesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The public, read-only JSON API under {@code /api/v1}, and its OpenAPI document at
 * {@code /api/openapi.json}. The classes are listed so that the IATI export (another application
 * at {@code /iati}) does not share them by scanning.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ProjectsResource.class, OrganisationsResource.class, CountriesResource.class,
                OpenApiResource.class, CorsFilter.class, JsonBodies.class,
                ProblemMappers.NotFound.class, ProblemMappers.NotAcceptable.class, ProblemMappers.NotAllowed.class,
                ProblemMappers.InvalidParameters.class, ProblemMappers.OtherWebApplication.class,
                ProblemMappers.Unexpected.class);
    }
}
