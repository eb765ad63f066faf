package org.projectdesk.web.view.map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.persistence.publicview.ProjectSearchResult;
import org.projectdesk.persistence.publicview.ProjectSort;
import org.projectdesk.web.i18n.CurrentLanguage;
import org.projectdesk.web.map.PublicMaps;
import org.projectdesk.web.map.WorldMap;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.search.QueryParameters;

/**
 * Backs {@code /map}: the projects the listing's filters select, per country on a world map drawn
 * on the server. The shading is the listing's country facet (each country counted with every
 * other filter applied); the chosen countries and the regions holding the projects are outlined.
 */
@Named
@RequestScoped
public class MapPage {

    @Inject
    private ProjectSearch projectSearch;

    @Inject
    private PublicMaps maps;

    @Inject
    private CurrentLanguage language;

    @Inject
    private HttpServletRequest request;

    private ProjectSearchResult result;
    private WorldMap map;

    public ProjectSearchResult getResult() {
        if (result == null) {
            // the counts are what the map needs: one project of a page is enough
            result = projectSearch.search(QueryParameters.read(request, language.get()).toBuilder().page(1).size(1).build());
        }
        return result;
    }

    public WorldMap getMap() {
        if (map == null) {
            ProjectQuery query = getResult().query();
            map = maps.draw(PublicMaps.facetCounts(getResult().facets().countries()), query.countries(),
                    PublicMaps.codesOf(getResult().figures().regions()), null);
        }
        return map;
    }

    /** The listing with the same filters. */
    public String getListLink() {
        return request.getContextPath() + Links.projects(language.get()) + filters();
    }

    /** The timeline with the same filters. */
    public String getTimelineLink() {
        return request.getContextPath() + Links.timeline(language.get()) + filters();
    }

    private String filters() {
        return QueryParameters.suffix(getResult().query().toBuilder().page(1).size(ProjectQuery.DEFAULT_SIZE)
                .sort(ProjectSort.RELEVANCE).build());
    }
}
