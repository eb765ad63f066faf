package org.projectdesk.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.ProjectStatus;
import org.projectdesk.persistence.publicview.ProjectCriteria;
import org.projectdesk.persistence.publicview.ProjectResultPage;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.persistence.publicview.PublishedProject;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.web.routing.Links;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code /api/v1/projects}: the published projects, searchable and filterable, page by page. */
@Path("v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    static final int DEFAULT_SIZE = 20;

    @Inject
    ProjectSearch search;

    @Inject
    PublishedProjects projects;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    public Response list(@QueryParam("q") String text, @QueryParam("country") List<String> countries,
                         @QueryParam("region") String region, @QueryParam("donor") String donor,
                         @QueryParam("organisation") String organisation, @QueryParam("status") String status,
                         @QueryParam("startYear") String startYear, @QueryParam("endYear") String endYear,
                         @QueryParam("sort") String sort, @QueryParam("page") String page,
                         @QueryParam("size") String size, @QueryParam("lang") String lang) {
        List<Problem.ParameterError> errors = new ArrayList<>();
        Language language = ApiRequest.language(lang, errors);
        Set<CountryCode> codes = new LinkedHashSet<>();
        for (String country : countries) {
            for (String code : country.split(",")) {
                try {
                    codes.add(CountryCode.of(code));
                } catch (InvalidValueException e) {
                    errors.add(new Problem.ParameterError("country", e.getMessage()));
                }
            }
        }
        Optional<ProjectStatus> wantedStatus = Optional.empty();
        if (status != null && !status.isBlank()) {
            try {
                wantedStatus = Optional.of(ProjectStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.ParameterError("status", "\"" + status + "\" is not a status: use upcoming, ongoing or completed."));
            }
        }
        ProjectCriteria.Sort order = ProjectCriteria.Sort.TITLE;
        if (sort != null && !sort.isBlank()) {
            try {
                order = ProjectCriteria.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.ParameterError("sort", "\"" + sort + "\" is not an order: use title, start or end."));
            }
        }
        Optional<Integer> start = number("startYear", startYear, 1900, 2200, errors);
        Optional<Integer> end = number("endYear", endYear, 1900, 2200, errors);
        int pageNumber = number("page", page, 1, Integer.MAX_VALUE / ProjectCriteria.MAX_SIZE, errors).orElse(1);
        int pageSize = number("size", size, 1, ProjectCriteria.MAX_SIZE, errors).orElse(DEFAULT_SIZE);
        ApiRequest.refuseIfAny(errors);

        ProjectCriteria criteria = new ProjectCriteria(language, Optional.ofNullable(text), codes,
                blankless(region), blankless(donor), blankless(organisation), wantedStatus, start, end, order,
                pageNumber, pageSize);
        ProjectResultPage result = search.search(criteria);
        List<ProjectDocument> items = result.items().stream().map(project -> document(project, language)).toList();
        ListDocuments.PageLinks links = new ListDocuments.PageLinks(pageLink(result.page()), pageLink(1),
                pageLink(result.pages()), result.hasNext() ? pageLink(result.page() + 1) : null,
                result.hasPrevious() ? pageLink(result.page() - 1) : null);
        Response response = ApiRequest.json(request, new ListDocuments.ProjectPage(items, result.total(), result.page(),
                result.size(), result.pages(), links), language);
        Response.ResponseBuilder withLinks = Response.fromResponse(response);
        if (links.next() != null) {
            withLinks.header("Link", "<" + links.next() + ">; rel=\"next\"");
        }
        if (links.prev() != null) {
            withLinks.header("Link", "<" + links.prev() + ">; rel=\"prev\"");
        }
        return withLinks.build();
    }

    @GET
    @Path("{slug}")
    public Response one(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        List<Problem.ParameterError> errors = new ArrayList<>();
        Language language = ApiRequest.language(lang, errors);
        ApiRequest.refuseIfAny(errors);
        PublishedProject project = projects.find(slug, language)
                .orElseThrow(() -> new NotPublishedException("No published project has the slug \"" + slug + "\"."));
        return ApiRequest.json(request, document(project, language), language);
    }

    private ProjectDocument document(PublishedProject project, Language language) {
        UriBuilder self = uri.getBaseUriBuilder().path("v1/projects").path(project.slug());
        if (language != Language.DEFAULT) {
            self.queryParam("lang", language.tag());
        }
        String page = uri.getBaseUriBuilder().replacePath(Links.project(language, project.slug())).build().toString();
        return ProjectDocument.of(project, self.build().toString(), page);
    }

    private String pageLink(int number) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", number).build().toString();
    }

    private static Optional<String> blankless(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<Integer> number(String name, String value, int min, int max,
                                            List<Problem.ParameterError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.ParameterError(name, "\"" + value + "\" is not a whole number from " + min + " to " + max + "."));
        return Optional.empty();
    }
}
