package org.projectdesk.web.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.opendata.OpenProjects;
import org.projectdesk.web.api.NotPublishedException;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.routing.PublicAddress;
import org.projectdesk.web.routing.PublicCaching;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code /iati/activities.xml}: every published project as an IATI 2.03 activity;
 * {@code /iati/activities/{slug}.xml}: one. Conditional requests are answered with 304 without
 * writing the document (its ETag follows publications, the settings and the day); the documents are
 * {@code public, no-cache}: kept by anyone, asked for again each time, so a publication shows at once.
 */
@Path("")
@Produces(MediaType.APPLICATION_XML)
public class IatiResource {

    @Inject
    OpenProjects openProjects;

    @Inject
    PublicAddress publicAddress;

    @Context
    Request request;

    @GET
    @Path("activities.xml")
    public Response all() {
        return answer(Optional.empty(), () -> openProjects.iatiActivities(factsheets())
                .orElseThrow(() -> new NotPublishedException("No project is published yet, so there is no IATI activity to export.")));
    }

    @GET
    @Path("activities/{slug: [a-z0-9]+(?:-[a-z0-9]+)*}.xml")
    public Response one(@PathParam("slug") String slug) {
        return answer(Optional.of(slug), () -> openProjects.iatiActivity(slug, factsheets())
                .orElseThrow(() -> new NotPublishedException("No published project has the slug \"" + slug + "\".")));
    }

    private Response answer(Optional<String> slug, Supplier<byte[]> document) {
        EntityTag tag = new EntityTag(openProjects.iatiVersion(slug).substring(0, 32));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(document.get(), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"));
        return answer.tag(tag).header("Cache-Control", PublicCaching.CACHE_CONTROL).build();
    }

    /** The factsheet PDF the public site offers for every published project, in each language. */
    private Function<String, Map<Language, String>> factsheets() {
        return slug -> {
            Map<Language, String> addresses = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                addresses.put(language, publicAddress.of(Links.factsheet(language, slug)));
            }
            return addresses;
        };
    }
}
