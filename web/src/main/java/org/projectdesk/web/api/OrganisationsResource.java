package org.projectdesk.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.PublishedReferenceData;


/** {@code /api/v1/organisations}: the organisations published projects name, with their project counts. */
@Path("v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    PublishedReferenceData referenceData;

    @Context
    Request request;

    @GET
    public Response list(@QueryParam("lang") String lang) {
        Language language = ApiRequest.onlyLanguage(lang);
        var items = referenceData.organisations(language);
        return ApiRequest.json(request, new ListDocuments.OrganisationList(items, items.size()), language);
    }
}
