package org.projectdesk.web.view.countries;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.persistence.publicview.ProjectSearchResult;
import org.projectdesk.persistence.publicview.ProjectSort;
import org.projectdesk.persistence.publicview.PublishedReferenceData.RegionSummary;
import org.projectdesk.web.charts.PortfolioCharts;
import org.projectdesk.web.i18n.CurrentLanguage;
import org.projectdesk.web.map.PublicMaps;
import org.projectdesk.web.map.WorldMap;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.routing.PublicRoutes;
import org.projectdesk.web.search.QueryParameters;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Backs {@code /countries/{iso}}: the published projects in one country, where it lies (a small
 * map with its region outlined) and their charts, the projects listed a page at a time
 * ({@code ?page=}). A code that is not an ISO 3166 country answers 404; a country without projects
 * says so.
 */
@Named
@RequestScoped
public class CountryPage {

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

    private CountryCode country;
    private ProjectSearchResult result;
    private WorldMap map;
    private PortfolioCharts charts;

    public void load() throws IOException {
        Object code = request.getAttribute(PublicRoutes.SUBJECT_ATTRIBUTE);
        try {
            country = CountryCode.of(String.valueOf(code).toUpperCase(Locale.ROOT));
        } catch (InvalidValueException e) {
            facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            facesContext.responseComplete();
            return;
        }
        // one page of cards (the count, the map and the charts are of every project of the country)
        result = projectSearch.search(ProjectQuery.builder(language.get())
                .countries(List.of(country.code())).sort(ProjectSort.TITLE)
                .page(QueryParameters.page(request.getParameterValues(QueryParameters.PAGE))).build());
    }

    /** The address of one page of the country's projects. */
    public String pageLink(int page) {
        return request.getContextPath() + Links.country(language.get(), country.code()) + QueryParameters.pageOnly(page);
    }

    public String getName() {
        return country.displayName(language.get());
    }

    public String getCode() {
        return country.code();
    }

    public ProjectSearchResult getResult() {
        return result;
    }

    public Set<String> getCountryFilter() {
        return Set.of(country.code());
    }

    /** The regions the country belongs to (regions do not overlap, so at most one as defined today). */
    public List<RegionSummary> getRegions() {
        return maps.allRegions().stream().filter(region -> region.members().contains(country.code())).toList();
    }

    /** Where the country lies: it and its region, the country shaded by its projects and outlined. */
    public WorldMap getMap() {
        if (map == null) {
            List<String> regions = getRegions().stream().map(RegionSummary::code).toList();
            Set<String> focus = new LinkedHashSet<>(Set.of(country.code()));
            getRegions().forEach(region -> focus.addAll(region.members()));
            map = maps.draw(Map.of(country.code(), result.total()), Set.of(country.code()), regions, focus);
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
