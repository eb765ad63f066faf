package org.projectdesk.web.map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.persistence.publicview.FacetValue;
import org.projectdesk.persistence.publicview.FigureValue;
import org.projectdesk.persistence.publicview.PublishedReferenceData;
import org.projectdesk.persistence.publicview.PublishedReferenceData.RegionSummary;
import org.projectdesk.web.i18n.CurrentLanguage;
import org.projectdesk.web.routing.Links;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the public pages' maps in the request's language, each country linked to its page, and
 * finds the regions to outline (read once per request).
 */
@RequestScoped
public class PublicMaps {

    @Inject
    private WorldShapes shapes;

    @Inject
    private PublishedReferenceData referenceData;

    @Inject
    private CurrentLanguage language;

    @Inject
    private HttpServletRequest request;

    private List<RegionSummary> regions;

    /**
     * A map of these counts per country.
     *
     * @param chosen  countries outlined as chosen
     * @param regions codes of the regions outlined
     * @param focus   the countries to zoom to; null for those with projects and the chosen ones
     */
    public WorldMap draw(Map<String, Long> counts, Collection<String> chosen, Collection<String> regions,
                         Collection<String> focus) {
        WorldMap.Builder map = WorldMap.builder(language.get())
                .counts(counts)
                .chosen(chosen)
                .regions(allRegions().stream().filter(region -> regions.contains(region.code())).toList())
                .links(code -> request.getContextPath() + Links.country(language.get(), code));
        if (focus != null) {
            map.focus(focus);
        }
        return map.draw(shapes);
    }

    /** Every region, in the request's language. */
    public List<RegionSummary> allRegions() {
        if (regions == null) {
            regions = referenceData.regions(language.get());
        }
        return regions;
    }

    public static Map<String, Long> countsOf(List<FigureValue> figures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        figures.forEach(figure -> counts.put(figure.value(), figure.count()));
        return counts;
    }

    public static Map<String, Long> facetCounts(List<FacetValue> facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        facet.forEach(value -> counts.put(value.value(), value.count()));
        return counts;
    }

    /** The codes of the figures (e.g. the regions that have projects). */
    public static List<String> codesOf(List<FigureValue> figures) {
        return figures.stream().map(FigureValue::value).toList();
    }
}
