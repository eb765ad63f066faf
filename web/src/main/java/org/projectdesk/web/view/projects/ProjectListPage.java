package org.projectdesk.web.view.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.persistence.publicview.FacetValue;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.persistence.publicview.ProjectSearchResult;
import org.projectdesk.persistence.publicview.ProjectSort;
import org.projectdesk.web.charts.PortfolioCharts;
import org.projectdesk.web.i18n.CurrentLanguage;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.search.QueryParameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /projects}: search words, facets, order and page from the address (see
 * {@link QueryParameters}), answered by {@link ProjectSearch}.
 */
@Named
@RequestScoped
public class ProjectListPage {

    @Inject
    private ProjectSearch projectSearch;

    @Inject
    private CurrentLanguage language;

    @Inject
    private HttpServletRequest request;

    private ProjectSearchResult result;
    private PortfolioCharts charts;

    public ProjectSearchResult getResult() {
        if (result == null) {
            result = projectSearch.search(QueryParameters.read(request, language.get()));
        }
        return result;
    }

    public ProjectQuery getQuery() {
        return getResult().query();
    }

    /** The chosen filters, each with the link that removes it. */
    public List<Chosen> getChosen() {
        var facets = getResult().facets();
        List<Chosen> chosen = new ArrayList<>();
        if (getQuery().hasText()) {
            chosen.add(new Chosen(QueryParameters.TEXT, getQuery().text(), "\u201C" + getQuery().text() + "\u201D", link(
                    QueryParameters.without(getQuery(), QueryParameters.TEXT, null))));
        }
        add(chosen, QueryParameters.COUNTRY, facets.countries());
        add(chosen, QueryParameters.REGION, facets.regions());
        add(chosen, QueryParameters.DONOR, facets.donors());
        add(chosen, QueryParameters.ORGANISATION, facets.organisations());
        add(chosen, QueryParameters.STATUS, facets.statuses());
        add(chosen, QueryParameters.START_YEAR, facets.startYears());
        add(chosen, QueryParameters.END_YEAR, facets.endYears());
        return chosen;
    }

    /** How many filters are chosen (the search words not counted): shown on the folded filters. */
    public long getChosenFilterCount() {
        return getChosen().stream().filter(chosen -> !chosen.parameter().equals(QueryParameters.TEXT)).count();
    }

    private void add(List<Chosen> chosen, String parameter, List<FacetValue> values) {
        for (FacetValue value : values) {
            if (value.selected()) {
                chosen.add(new Chosen(parameter, value.value(), value.label(),
                        link(QueryParameters.without(getQuery(), parameter, value.value()))));
            }
        }
    }

    public String pageLink(int page) {
        return link(getQuery().toBuilder().page(page).build());
    }

    public String getClearLink() {
        return request.getContextPath() + Links.projects(language.get());
    }

    /** The same filters on the timeline. */
    public String getTimelineLink() {
        return request.getContextPath() + Links.timeline(language.get())
                + QueryParameters.suffix(getQuery().toBuilder().page(1).size(ProjectQuery.DEFAULT_SIZE)
                .sort(ProjectSort.RELEVANCE).build());
    }

    /** The same filters on the map. */
    public String getMapLink() {
        return request.getContextPath() + Links.map(language.get())
                + QueryParameters.suffix(getQuery().toBuilder().page(1).size(ProjectQuery.DEFAULT_SIZE)
                .sort(ProjectSort.RELEVANCE).build());
    }

    /** The charts of every project the filters select (not only this page's). */
    public PortfolioCharts getCharts() {
        if (charts == null) {
            charts = PortfolioCharts.of(getResult().figures(), language.get());
        }
        return charts;
    }

    /** The same filters as a feed. */
    public String getFeedLink() {
        return request.getContextPath() + Links.feed(language.get())
                + QueryParameters.suffix(getQuery().toBuilder().page(1).size(ProjectQuery.DEFAULT_SIZE)
                .sort(ProjectSort.RELEVANCE).build());
    }

    public List<ProjectSort> getSorts() {
        return Arrays.stream(ProjectSort.values()).filter(sort -> sort != ProjectSort.PUBLISHED_DESC).toList();
    }

    public List<Integer> getSizes() {
        return QueryParameters.SIZES;
    }

    private String link(ProjectQuery query) {
        return request.getContextPath() + Links.projects(language.get()) + QueryParameters.suffix(query);
    }

    /** A chosen filter: its parameter, value, label and the address without it. */
    public record Chosen(String parameter, String value, String label, String removeLink) {
    }
}
