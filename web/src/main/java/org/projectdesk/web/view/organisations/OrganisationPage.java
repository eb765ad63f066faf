package org.projectdesk.web.view.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.persistence.publicview.OrganisationProjects;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.web.charts.PortfolioCharts;
import org.projectdesk.web.i18n.CurrentLanguage;
import org.projectdesk.web.map.PublicMaps;
import org.projectdesk.web.map.WorldMap;
import org.projectdesk.web.routing.PublicRoutes;

import java.io.IOException;
import java.util.List;

/**
 * Backs {@code /organisations/{slug}}: the published projects an organisation takes part in and
 * the roles it plays, where they are (a map) and their charts. 404 when there is no such organisation or it is in no published project.
 */
@Named
@RequestScoped
public class OrganisationPage {

    @Inject
    private PublishedProjects publishedProjects;

    @Inject
    private CurrentLanguage language;

    @Inject
    private HttpServletRequest request;

    @Inject
    private FacesContext facesContext;

    @Inject
    private PublicMaps maps;

    private OrganisationProjects organisation;
    private WorldMap map;
    private PortfolioCharts charts;

    public void load() throws IOException {
        Object slug = request.getAttribute(PublicRoutes.SUBJECT_ATTRIBUTE);
        organisation = slug == null ? null : publishedProjects.byOrganisation(slug.toString(), language.get()).orElse(null);
        if (organisation == null) {
            facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            facesContext.responseComplete();
        }
    }

    public OrganisationProjects getOrganisation() {
        return organisation;
    }

    /** The countries of the organisation's projects, shaded by how many, their regions outlined. */
    public WorldMap getMap() {
        if (map == null) {
            map = maps.draw(PublicMaps.countsOf(organisation.figures().countries()), List.of(),
                    PublicMaps.codesOf(organisation.figures().regions()), null);
        }
        return map;
    }

    public PortfolioCharts getCharts() {
        if (charts == null) {
            charts = PortfolioCharts.of(organisation.figures(), language.get());
        }
        return charts;
    }
}
