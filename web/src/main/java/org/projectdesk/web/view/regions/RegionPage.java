package org.projectdesk.web.view.regions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.persistence.publicview.CountryName;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.persistence.publicview.ProjectSearchResult;
import org.projectdesk.persistence.publicview.ProjectSort;
import org.projectdesk.persistence.publicview.PublishedReferenceData;
import org.projectdesk.persistence.publicview.PublishedReferenceData.RegionSummary;
import org.projectdesk.web.charts.PortfolioCharts;
import org.projectdesk.web.i18n.CurrentLanguage;
import org.projectdesk.web.map.PublicMaps;
import org.projectdesk.web.map.WorldMap;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.routing.PublicRoutes;
import org.projectdesk.web.search.QueryParameters;

import java.io.IOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code /regions/{code}}: the published projects filed under a region, its countries on a
 * map with the region outlined, and their charts. An unknown code answers 404; a region without
 * projects says so.
 */
@Named("publicRegionPage")
@RequestScoped
public class RegionPage {

    @Inject
    private ProjectSearch projectSearch;

    @Inject
    private PublishedReferenceData referenceData;

    @Inject
    private PublicMaps maps;

    @Inject
    private CurrentLanguage language;

    @Inject
    private HttpServletRequest request;

    @Inject
    private FacesContext facesContext;

    private RegionSummary region;
    private ProjectSearchResult result;
    private WorldMap map;
    private PortfolioCharts charts;

    public void load() throws IOException {
        Object code = request.getAttribute(PublicRoutes.SUBJECT_ATTRIBUTE);
        region = code == null ? null : referenceData.region(code.toString(), language.get()).orElse(null);
        if (region == null) {
            facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            facesContext.responseComplete();
            return;
        }
        // one page of cards (the map and the charts are of every project of the region)
        result = projectSearch.search(ProjectQuery.builder(language.get())
                .regions(List.of(region.code())).sort(ProjectSort.TITLE)
                .page(QueryParameters.page(request.getParameterValues(QueryParameters.PAGE))).build());
    }

    /** The address of one page of the region's projects. */
    public String pageLink(int page) {
        return request.getContextPath() + Links.region(language.get(), region.code()) + QueryParameters.pageOnly(page);
    }

    public RegionSummary getRegion() {
        return region;
    }

    /** The region's countries, by name in the reader's language. */
    public List<CountryName> getMembers() {
        Collator collator = Collator.getInstance(language.get().locale());
        return region.members().stream()
                .map(code -> new CountryName(code, CountryCode.of(code).displayName(language.get())))
                .sorted(Comparator.comparing(CountryName::name, collator))
                .toList();
    }

    public ProjectSearchResult getResult() {
        return result;
    }

    /** The region's countries, shaded by their projects here, the region outlined. */
    public WorldMap getMap() {
        if (map == null) {
            Set<String> focus = new LinkedHashSet<>(region.members());
            focus.addAll(PublicMaps.codesOf(result.figures().countries()));
            map = maps.draw(PublicMaps.countsOf(result.figures().countries()), List.of(), List.of(region.code()), focus);
        }
        return map;
    }

    public PortfolioCharts getCharts() {
        if (charts == null) {
            charts = PortfolioCharts.withoutRegions(result.figures(), language.get());
        }
        return charts;
    }
}
