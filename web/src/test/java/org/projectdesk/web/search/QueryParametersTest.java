package org.projectdesk.web.search;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.ProjectStatus;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSort;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class QueryParametersTest {

    @Test
    void readsEveryParameter() {
        ProjectQuery query = QueryParameters.read(Map.ofEntries(
                Map.entry("q", List.of(" border management ")),
                Map.entry("country", List.of("am", "GE")),
                Map.entry("region", List.of("eastern-partnership")),
                Map.entry("donor", List.of("eu")),
                Map.entry("org", List.of("icmpd", "undp")),
                Map.entry("status", List.of("ONGOING", "COMPLETED")),
                Map.entry("start", List.of("2015")),
                Map.entry("end", List.of("2018", "2019")),
                Map.entry("sort", List.of("start-desc")),
                Map.entry("page", List.of("3")),
                Map.entry("size", List.of("50"))), Language.FR);
        assertEquals("border management", query.text());
        assertEquals(Set.of("AM", "GE"), query.countries());
        assertEquals(Set.of("eastern-partnership"), query.regions());
        assertEquals(Set.of("eu"), query.donors());
        assertEquals(Set.of("icmpd", "undp"), query.organisations());
        assertEquals(Set.of(ProjectStatus.ONGOING, ProjectStatus.COMPLETED), query.statuses());
        assertEquals(Set.of(2015), query.startYears());
        assertEquals(Set.of(2018, 2019), query.endYears());
        assertEquals(ProjectSort.START_DESC, query.sort());
        assertEquals(3, query.page());
        assertEquals(50, query.size());
        assertEquals(Language.FR, query.language());
    }

    @Test
    void ignoresWhatItCannotRead() {
        ProjectQuery query = QueryParameters.read(Map.of(
                "q", List.of("   "),
                "country", List.of("<script>", "ARM"),
                "region", List.of("Not A Slug"),
                "status", List.of("SOMETIME"),
                "start", List.of("twenty"),
                "sort", List.of("random"),
                "page", List.of("-2"),
                "size", List.of("7")), Language.EN);
        assertNull(query.text());
        assertFalse(query.hasFilters());
        assertEquals(ProjectSort.RELEVANCE, query.sort());
        assertEquals(1, query.page());
        assertEquals(ProjectQuery.DEFAULT_SIZE, query.size());
    }

    @Test
    void writesWhatItReadsLeavingDefaultsOut() {
        ProjectQuery query = ProjectQuery.builder(Language.EN).text("visa & trade").countries(List.of("GE", "AM"))
                .statuses(List.of(ProjectStatus.UPCOMING)).endYears(List.of(2030)).sort(ProjectSort.TITLE).page(2).build();
        String written = QueryParameters.write(query);
        assertEquals("q=visa+%26+trade&country=AM&country=GE&status=UPCOMING&end=2030&sort=title&page=2", written);
        assertEquals("", QueryParameters.write(ProjectQuery.all(Language.EN)));
    }

    @Test
    void removesOneValueAndGoesBackToTheFirstPage() {
        ProjectQuery query = ProjectQuery.builder(Language.EN).countries(List.of("AM", "GE")).page(4).build();
        ProjectQuery without = QueryParameters.without(query, QueryParameters.COUNTRY, "AM");
        assertEquals(Set.of("GE"), without.countries());
        assertEquals(1, without.page());
    }
}
