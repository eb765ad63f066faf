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
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.persistence.publicview.ProjectSearchResult;
import org.projectdesk.persistence.publicview.ProjectSort;
import org.projectdesk.persistence.publicview.PublishedProject;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.routing.PublicAddress;
import org.projectdesk.web.search.QueryLimits;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** {@code /api/v1/projects}: the published projects, searchable and filterable, page by page. */
@Path("v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** The API's first names for two orders, kept working. */
    private static final Map<String, String> SORT_ALIASES = Map.of("start", "start-asc", "end", "end-asc");
    private static final List<String> FACETS = List.of("country", "region", "donor", "organisation", "status",
            "startYear", "endYear");

    @Inject
    Clock clock;

    @Inject
    ProjectSearch search;

    @Inject
    PublishedProjects projects;

    @Inject
    PublicAddress publicAddress;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    public Response list(@QueryParam("q") String text, @QueryParam("country") List<String> countries,
                         @QueryParam("region") List<String> regions, @QueryParam("donor") List<String> donors,
                         @QueryParam("organisation") List<String> organisations,
                         @QueryParam("status") List<String> statuses, @QueryParam("startYear") List<String> startYears,
                         @QueryParam("endYear") List<String> endYears, @QueryParam("sort") String sort,
                         @QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("lang") String lang) {
        List<Problem.ParameterError> errors = new ArrayList<>();
        QueryLimits.check(uri.getRequestUri().getRawQuery(), uri.getQueryParameters(), FACETS, "q")
                .forEach(excess -> errors.add(new Problem.ParameterError(excess.parameter(), excess.detail())));
        ApiRequest.refuseIfAny(errors);
        Language language = ApiRequest.language(lang, errors);
        Set<String> codes = new LinkedHashSet<>();
        for (String code : values(countries)) {
            try {
                codes.add(CountryCode.of(code).code());
            } catch (InvalidValueException e) {
                errors.add(new Problem.ParameterError("country", e.getMessage()));
            }
        }
        Set<ProjectStatus> wantedStatuses = new LinkedHashSet<>();
        for (String status : values(statuses)) {
            try {
                wantedStatuses.add(ProjectStatus.valueOf(status.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.ParameterError("status", "\"" + status + "\" is not a status: use upcoming, ongoing or completed."));
            }
        }
        ProjectSort order = ProjectSort.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            Optional<ProjectSort> chosen = ProjectSort.fromParam(SORT_ALIASES.getOrDefault(sort.strip(), sort.strip()));
            if (chosen.isEmpty()) {
                errors.add(new Problem.ParameterError("sort", "\"" + sort
                        + "\" is not an order: use relevance, title, start-asc, start-desc, end-asc, end-desc or published-desc."));
            }
            order = chosen.orElse(order);
        }
        Set<Integer> starts = years("startYear", startYears, errors);
        Set<Integer> ends = years("endYear", endYears, errors);
        int pageNumber = number("page", page, 1, Integer.MAX_VALUE / MAX_SIZE, errors).orElse(1);
        int pageSize = number("size", size, 1, MAX_SIZE, errors).orElse(DEFAULT_SIZE);
        ApiRequest.refuseIfAny(errors);

        ProjectQuery query = ProjectQuery.builder(language).text(text).countries(codes).regions(values(regions))
                .donors(values(donors)).organisations(values(organisations)).statuses(wantedStatuses)
                .startYears(starts).endYears(ends).sort(order).page(pageNumber).size(pageSize).build();
        ProjectSearchResult.WithProjects found = search.searchWithProjects(query);
        ProjectSearchResult result = found.result();
        List<ProjectDocument> items = found.projects().stream().map(project -> document(project, language)).toList();
        ListDocuments.PageLinks links = new ListDocuments.PageLinks(pageLink(pageNumber), pageLink(1),
                pageLink(result.pageCount()), result.hasNext() ? pageLink(pageNumber + 1) : null,
                result.hasPrevious() ? pageLink(pageNumber - 1) : null);
        Response response = ApiRequest.json(request, new ListDocuments.ProjectPage(items, result.total(), pageNumber,
                pageSize, result.pageCount(), links), language);
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
        Language language = ApiRequest.onlyLanguage(lang);
        PublishedProject project = projects.find(slug, language)
                .orElseThrow(() -> new NotPublishedException("No published project has the slug \"" + slug + "\"."));
        return ApiRequest.json(request, document(project, language), language);
    }

    private ProjectDocument document(PublishedProject project, Language language) {
        String self = publicAddress.of(Links.apiProject(language, project.slug()));
        String page = publicAddress.of(Links.project(language, project.slug()));
        return ProjectDocument.of(project, self, page, LocalDate.now(clock));
    }

    private String pageLink(int number) {
        // the configured public address, never the request's Host (answers are cached for everyone)
        return UriBuilder.fromUri(publicAddress.of("/api/v1/projects")).replaceQuery(uri.getRequestUri().getRawQuery())
                .replaceQueryParam("page", number).build().toString();
    }

    /** Every value of a repeatable parameter, commas separating values too, blanks left out. */
    private static List<String> values(List<String> parameters) {
        return parameters.stream().flatMap(value -> Stream.of(value.split(","))).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
    }

    private static Set<Integer> years(String name, List<String> values, List<Problem.ParameterError> errors) {
        Set<Integer> years = new LinkedHashSet<>();
        for (String value : values(values)) {
            number(name, value, 1900, 2200, errors).ifPresent(years::add);
        }
        return years;
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
