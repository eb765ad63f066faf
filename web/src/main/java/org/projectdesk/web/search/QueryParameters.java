package org.projectdesk.web.search;

import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.ProjectStatus;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The listing's state in the address: {@code ?q=border&country=AM&country=GE&status=ONGOING&sort=start-desc&page=2&size=50}.
 * Reads a {@link ProjectQuery} from request parameters (ignoring values it cannot read, so an old
 * or hand-edited bookmark still opens) and writes one back as a query string, so every choice is a
 * plain link or GET form: bookmarkable, shareable, the back button works, no JavaScript needed.
 */
public final class QueryParameters {

    public static final String TEXT = "q";
    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String DONOR = "donor";
    public static final String ORGANISATION = "org";
    public static final String STATUS = "status";
    public static final String START_YEAR = "start";
    public static final String END_YEAR = "end";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** The page sizes offered. */
    public static final List<Integer> SIZES = List.of(10, 20, 50, 100);

    private QueryParameters() {
    }

    public static ProjectQuery read(HttpServletRequest request, Language language) {
        return read(request::getParameterValues, language);
    }

    public static ProjectQuery read(Function<String, String[]> parameters, Language language) {
        int size = integers(parameters.apply(SIZE)).stream().filter(SIZES::contains).findFirst()
                .orElse(ProjectQuery.DEFAULT_SIZE);
        return ProjectQuery.builder(language)
                .text(first(parameters.apply(TEXT)).orElse(null))
                .countries(strings(parameters.apply(COUNTRY)).stream().map(c -> c.toUpperCase(Locale.ROOT))
                        .filter(c -> c.matches("[A-Z]{2}")).toList())
                .regions(slugs(parameters.apply(REGION)))
                .donors(slugs(parameters.apply(DONOR)))
                .organisations(slugs(parameters.apply(ORGANISATION)))
                .statuses(strings(parameters.apply(STATUS)).stream()
                        .flatMap(s -> Arrays.stream(ProjectStatus.values()).filter(v -> v.name().equals(s))).toList())
                .startYears(integers(parameters.apply(START_YEAR)))
                .endYears(integers(parameters.apply(END_YEAR)))
                .sort(first(parameters.apply(SORT)).flatMap(ProjectSort::fromParam).orElse(ProjectSort.RELEVANCE))
                .page(page(parameters.apply(PAGE)))
                .size(size)
                .build();
    }

    /** The query string (without "?") that reads back as this query; defaults left out. */
    public static String write(ProjectQuery query) {
        List<String> pairs = new ArrayList<>();
        if (query.hasText()) {
            pairs.add(pair(TEXT, query.text()));
        }
        query.countries().stream().sorted().forEach(v -> pairs.add(pair(COUNTRY, v)));
        query.regions().stream().sorted().forEach(v -> pairs.add(pair(REGION, v)));
        query.donors().stream().sorted().forEach(v -> pairs.add(pair(DONOR, v)));
        query.organisations().stream().sorted().forEach(v -> pairs.add(pair(ORGANISATION, v)));
        query.statuses().stream().sorted().forEach(v -> pairs.add(pair(STATUS, v.name())));
        query.startYears().stream().sorted().forEach(v -> pairs.add(pair(START_YEAR, String.valueOf(v))));
        query.endYears().stream().sorted().forEach(v -> pairs.add(pair(END_YEAR, String.valueOf(v))));
        if (query.sort() != ProjectSort.RELEVANCE) {
            pairs.add(pair(SORT, query.sort().param()));
        }
        if (query.page() > 1) {
            pairs.add(pair(PAGE, String.valueOf(query.page())));
        }
        if (query.size() != ProjectQuery.DEFAULT_SIZE) {
            pairs.add(pair(SIZE, String.valueOf(query.size())));
        }
        return String.join("&", pairs);
    }

    /** "?" and the query string, or nothing for the default query. */
    public static String suffix(ProjectQuery query) {
        String written = write(query);
        return written.isEmpty() ? "" : "?" + written;
    }

    /** The same query without one facet value (and back on the first page). */
    public static ProjectQuery without(ProjectQuery query, String parameter, String value) {
        ProjectQuery.Builder builder = query.toBuilder().page(1);
        switch (parameter) {
            case TEXT -> builder.text(null);
            case COUNTRY -> builder.countries(minus(query.countries(), value));
            case REGION -> builder.regions(minus(query.regions(), value));
            case DONOR -> builder.donors(minus(query.donors(), value));
            case ORGANISATION -> builder.organisations(minus(query.organisations(), value));
            case STATUS -> builder.statuses(query.statuses().stream().filter(s -> !s.name().equals(value)).toList());
            case START_YEAR -> builder.startYears(query.startYears().stream().filter(y -> !String.valueOf(y).equals(value)).toList());
            case END_YEAR -> builder.endYears(query.endYears().stream().filter(y -> !String.valueOf(y).equals(value)).toList());
            default -> throw new IllegalArgumentException("Not a facet parameter: " + parameter);
        }
        return builder.build();
    }

    private static List<String> minus(Set<String> values, String value) {
        return values.stream().filter(v -> !v.equals(value)).toList();
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Optional<String> first(String[] values) {
        return strings(values).stream().findFirst();
    }

    private static List<String> strings(String[] values) {
        return values == null ? List.of() : Stream.of(values).filter(Objects::nonNull).map(String::strip)
                .filter(v -> !v.isEmpty() && v.length() <= 200).distinct().toList();
    }

    private static List<String> slugs(String[] values) {
        return strings(values).stream().filter(v -> v.matches("[a-z0-9]+(?:-[a-z0-9]+)*")).toList();
    }

    /** "?page=N" for a page after the first, or nothing: the query of a paged address that takes no other. */
    public static String pageOnly(int page) {
        return page > 1 ? "?" + PAGE + "=" + page : "";
    }

    /** The page asked for by the values of {@code page}: the first number of up to four digits, else 1. */
    public static int page(String[] values) {
        return integers(values).stream().findFirst().orElse(1);
    }

    private static List<Integer> integers(String[] values) {
        return strings(values).stream().filter(v -> v.matches("\\d{1,4}")).map(Integer::valueOf).toList();
    }

    /** For tests and callers with a plain map of parameters. */
    public static ProjectQuery read(Map<String, List<String>> parameters, Language language) {
        return read(name -> {
            Collection<String> values = parameters.get(name);
            return values == null ? null : values.toArray(String[]::new);
        }, language);
    }
}
