package org.projectdesk.web.export;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.projectdesk.web.api.CorsFilter;
import org.projectdesk.web.api.ProblemMappers;

import java.util.Set;

/** The IATI 2.03 export at {@code /iati}: open data like the API, with the same CORS and error bodies. */
@ApplicationPath("/iati")
public class IatiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(IatiResource.class, CorsFilter.class,
                ProblemMappers.NotFound.class, ProblemMappers.NotAcceptable.class, ProblemMappers.NotAllowed.class,
                ProblemMappers.OtherWebApplication.class, ProblemMappers.Unexpected.class);
    }
}
