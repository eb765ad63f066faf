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


/** {@code /api/v1/countries}: the countries of published projects (ISO 3166-1 alpha-2), with their project counts. */
@Path("v1/countries")
@Produces(MediaType.APPLICATION_JSON)
public class CountriesResource {

    @Inject
    PublishedReferenceData referenceData;

    @Context
    Request request;

    @GET
    public Response list(@QueryParam("lang") String lang) {
        Language language = ApiRequest.onlyLanguage(lang);
        var items = referenceData.countries(language);
        return ApiRequest.json(request, new ListDocuments.CountryList(items, items.size()), language);
    }
}
