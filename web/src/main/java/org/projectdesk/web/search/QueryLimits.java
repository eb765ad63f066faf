package org.projectdesk.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.projectdesk.persistence.publicview.ProjectQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How much one request may ask of the public search (the listing, the timeline, the feed, the
 * country pages and the API): at most {@value ProjectQuery#MAX_VALUES_PER_FACET} values per facet,
 * {@value ProjectQuery#MAX_WORDS} search words of at most {@value ProjectQuery#MAX_TEXT_LENGTH}
 * characters, and {@value #MAX_QUERY_LENGTH} characters of query string. Beyond that the answer is
 * 400 with the reason, instead of pages whose every facet link repeats a huge query (the size of
 * the answer grew with the square of the values) or a search the engine cannot run.
 */
@Named
@ApplicationScoped
public class QueryLimits {

    /** The longest query string answered. */
    public static final int MAX_QUERY_LENGTH = 4096;

    /** One thing over a limit: the parameter and what is wrong. */
    public record Excess(String parameter, String detail) {
    }

    /**
     * What is over a limit in a request; empty when nothing is.
     *
     * @param queryString the raw query string (may be null)
     * @param parameters  a parameter's values by name
     * @param facets      the names of the repeatable facet parameters
     * @param text        the name of the search words parameter
     */
    public static List<Excess> check(String queryString, Function<String, String[]> parameters, List<String> facets,
                                     String text) {
        List<Excess> excess = new ArrayList<>();
        if (queryString != null && queryString.length() > MAX_QUERY_LENGTH) {
            excess.add(new Excess("query", "The query string has " + queryString.length()
                    + " characters; at most " + MAX_QUERY_LENGTH + " are answered."));
        }
        for (String facet : facets) {
            long values = values(parameters.apply(facet));
            if (values > ProjectQuery.MAX_VALUES_PER_FACET) {
                excess.add(new Excess(facet, "\"" + facet + "\" has " + values + " values; at most "
                        + ProjectQuery.MAX_VALUES_PER_FACET + " are answered."));
            }
        }
        String[] words = parameters.apply(text);
        if (words != null) {
            for (String value : words) {
                if (value == null) {
                    continue;
                }
                long count = Arrays.stream(value.strip().split("\\s+")).filter(word -> !word.isEmpty()).count();
                if (count > ProjectQuery.MAX_WORDS || value.length() > ProjectQuery.MAX_TEXT_LENGTH) {
                    excess.add(new Excess(text, "The search has " + count + " words and " + value.length()
                            + " characters; at most " + ProjectQuery.MAX_WORDS + " words of at most "
                            + ProjectQuery.MAX_TEXT_LENGTH + " characters are searched for."));
                    break;
                }
            }
        }
        return excess;
    }

    /** The same, for a map of parameters. */
    public static List<Excess> check(String queryString, Map<String, List<String>> parameters, List<String> facets,
                                     String text) {
        return check(queryString, name -> {
            List<String> values = parameters.get(name);
            return values == null ? null : values.toArray(String[]::new);
        }, facets, text);
    }

    /** Values of a repeatable parameter, commas separating values too. */
    private static long values(String[] parameter) {
        return parameter == null ? 0 : Arrays.stream(parameter).filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split(","))).filter(value -> !value.isBlank()).count();
    }

    public int getMaxValuesPerFacet() {
        return ProjectQuery.MAX_VALUES_PER_FACET;
    }

    public int getMaxWords() {
        return ProjectQuery.MAX_WORDS;
    }

    public int getMaxQueryLength() {
        return MAX_QUERY_LENGTH;
    }
}
