package org.projectdesk.web.view.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.persistence.publicview.OrganisationProfile;
import org.projectdesk.persistence.publicview.ProjectHit;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.persistence.publicview.ProjectSearchResult;
import org.projectdesk.persistence.publicview.ProjectSort;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.web.charts.PortfolioCharts;
import org.projectdesk.web.i18n.CurrentLanguage;
import org.projectdesk.web.map.PublicMaps;
import org.projectdesk.web.map.WorldMap;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.routing.PublicRoutes;
import org.projectdesk.web.search.QueryParameters;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code /organisations/{slug}}: the published projects an organisation takes part in (in any
 * role) and the roles it plays, where they are (a map) and their charts, the projects listed a page
 * at a time ({@code ?page=}). The address of an organisation merged into another leads there (301);
 * 404 when there is no such organisation or it is in no published project.
 */
@Named
@RequestScoped
public class OrganisationPage {

    @Inject
    private PublishedProjects publishedProjects;

    @Inject
    private ProjectSearch projectSearch;

    @Inject
    private CurrentLanguage language;

    @Inject
    private HttpServletRequest request;

    @Inject
    private FacesContext facesContext;

    @Inject
    private PublicMaps maps;

    private String slug;
    private OrganisationProfile organisation;
    private ProjectSearchResult result;
    private Map<String, List<ParticipationRole>> roles;
    private WorldMap map;
    private PortfolioCharts charts;

    public void load() throws IOException {
        Object subject = request.getAttribute(PublicRoutes.SUBJECT_ATTRIBUTE);
        slug = subject == null ? null : subject.toString();
        organisation = slug == null ? null : publishedProjects.organisation(slug, language.get()).orElse(null);
        if (organisation != null) {
            // one page of cards (the count, the map and the charts are of every project it takes part in)
            result = projectSearch.search(ProjectQuery.builder(language.get())
                    .participants(List.of(slug)).sort(ProjectSort.TITLE)
                    .page(QueryParameters.page(request.getParameterValues(QueryParameters.PAGE))).build());
            if (result.total() > 0) {
                roles = publishedProjects.rolesOf(slug, result.hits().stream().map(hit -> hit.project().slug()).toList());
                return;
            }
        }
        Optional<String> merged = slug == null ? Optional.empty() : publishedProjects.currentAddressOf(slug);
        HttpServletResponse response = (HttpServletResponse) facesContext.getExternalContext().getResponse();
        if (merged.isPresent()) {
            // the organisation was merged into another: its links and bookmarks lead there for good
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + Links.organisation(language.get(), merged.get()));
        } else {
            facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        }
        facesContext.responseComplete();
    }

    /** The address of one page of the organisation's projects. */
    public String pageLink(int page) {
        return request.getContextPath() + Links.organisation(language.get(), slug) + QueryParameters.pageOnly(page);
    }

    public OrganisationProfile getOrganisation() {
        return organisation;
    }

    public ProjectSearchResult getResult() {
        return result;
    }

    /** The roles the organisation plays in one project of the page. */
    public List<ParticipationRole> rolesIn(ProjectHit hit) {
        return roles.getOrDefault(hit.project().slug(), List.of());
    }

    /** The countries of the organisation's projects, shaded by how many, their regions outlined. */
    public WorldMap getMap() {
        if (map == null) {
            map = maps.draw(PublicMaps.countsOf(result.figures().countries()), List.of(),
                    PublicMaps.codesOf(result.figures().regions()), null);
        }
        return map;
    }

    public PortfolioCharts getCharts() {
        if (charts == null) {
            charts = PortfolioCharts.of(result.figures(), language.get());
        }
        return charts;
    }
}
