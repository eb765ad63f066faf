package org.projectdesk.web.view.timeline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.persistence.publicview.ProjectHit;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.persistence.publicview.ProjectSearchResult;
import org.projectdesk.persistence.publicview.ProjectSort;
import org.projectdesk.web.i18n.CurrentLanguage;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.search.QueryParameters;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Backs {@code /timeline}: the projects the listing's filters select, each as a bar over the years
 * it runs, drawn server-side as SVG (no script needed; each bar also says its months in words),
 * {@value #BARS_PER_PAGE} a page ({@code ?page=}, with page links; the count is of them all).
 */
@Named
@RequestScoped
public class TimelinePage {

    @Inject
    private ProjectSearch projectSearch;

    @Inject
    private Clock clock;

    @Inject
    private CurrentLanguage language;

    @Inject
    private HttpServletRequest request;

    /** Bars a page: a long timeline still reads as one, while a miss stays a query of one page. */
    static final int BARS_PER_PAGE = 100;

    private ProjectQuery asked;
    private ProjectSearchResult result;
    private List<Bar> bars;
    private int firstYear;
    private int lastYear;

    public ProjectSearchResult getResult() {
        if (result == null) {
            asked = QueryParameters.read(request, language.get());
            result = projectSearch.search(asked.toBuilder().sort(ProjectSort.START_ASC).size(BARS_PER_PAGE).build());
            List<ProjectHit> dated = result.hits().stream().filter(hit -> hit.project().duration() != null).toList();
            firstYear = dated.stream().mapToInt(hit -> hit.project().duration().start().getYear()).min().orElse(YearMonth.now(clock).getYear());
            lastYear = dated.stream().mapToInt(hit -> hit.project().duration().end().getYear()).max().orElse(firstYear);
            bars = dated.stream().map(hit -> new Bar(hit, offset(hit.project().duration()), width(hit.project().duration()))).toList();
        }
        return result;
    }

    public List<Bar> getBars() {
        getResult();
        return bars;
    }

    /** The years on the axis, each with its position in percent; over many years only every second or fifth is named. */
    public List<Tick> getTicks() {
        getResult();
        int span = lastYear - firstYear + 1;
        int step = span <= 12 ? 1 : span <= 24 ? 2 : 5;
        return IntStream.rangeClosed(firstYear, lastYear)
                .mapToObj(year -> new Tick(year, percent(YearMonth.of(year, 1)), year % step == 0)).toList();
    }

    /** The address of one page of the timeline, with the same filters. */
    public String pageLink(int page) {
        getResult();
        return request.getContextPath() + Links.timeline(language.get())
                + QueryParameters.suffix(asked.toBuilder().page(page).build());
    }

    /** The listing with the same filters. */
    public String getListLink() {
        return request.getContextPath() + Links.projects(language.get()) + QueryParameters.suffix(getResult().query()
                .toBuilder().page(1).size(ProjectQuery.DEFAULT_SIZE).sort(ProjectSort.RELEVANCE).build());
    }

    private String offset(MonthRange range) {
        return format(percent(range.start()));
    }

    private String width(MonthRange range) {
        return format(Math.max(0.4, percent(range.end().plusMonths(1)) - percent(range.start())));
    }

    private double percent(YearMonth month) {
        int months = (lastYear - firstYear + 1) * 12;
        int from = (month.getYear() - firstYear) * 12 + month.getMonthValue() - 1;
        return 100.0 * from / months;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    /** A project's bar: where it starts and how wide it is, as SVG percentages. */
    public record Bar(ProjectHit hit, String x, String width) {
    }

    /** A year on the axis; {@code named} if its number is written. */
    public record Tick(int year, double position, boolean named) {
        public String x() {
            return format(position);
        }
    }
}
