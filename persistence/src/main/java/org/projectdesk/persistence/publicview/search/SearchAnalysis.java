package org.projectdesk.persistence.publicview.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.projectdesk.domain.shared.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The analyzers of the project index: one per language (stemming of that language, case and accent
 * folding, so "securite" finds "sécurité" and "ПОГРАНИЧНЫЙ" finds "пограничный"), one for acronyms
 * and a normalizer for sorting titles. Registered in persistence.xml
 * ({@code hibernate.search.backend.analysis.configurer}).
 * <p>
 * Each chain is described once, as {@link Filter}s, and given to whichever backend the server uses:
 * the embedded Lucene index (one server) or OpenSearch (a cluster), which run the same Lucene
 * filters under their own names; the search highlighter analyses hits with the same chain in this
 * process ({@link #localAnalyzer}), whatever the backend.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    /** Lower case, no accents: for acronyms and organisation short names. */
    public static final String ACRONYM = "acronym";
    /** The normalizer for sort keys: lower case, no accents. */
    public static final String SORT = "sort";

    /**
     * A token filter: its Lucene factory name (whose defaults are the filter's whole definition
     * there), and its OpenSearch definition: a built-in filter's name, or a custom filter of a type
     * with parameters, each a text or a list of texts.
     */
    enum Filter {
        ENGLISH_POSSESSIVE("englishPossessive", "pd_english_possessive", "stemmer", Map.of("language", "possessive_english")),
        /** French articles elided before a vowel (l'école → école), as Lucene's French analysis has them. */
        ELISION("elision", "pd_french_elision", "elision", Map.of("articles_case", "true", "articles",
                List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"))),
        LOWERCASE("lowercase", "lowercase", null, Map.of()),
        ASCII_FOLDING("asciiFolding", "asciifolding", null, Map.of()),
        PORTER_STEM("porterStem", "porter_stem", null, Map.of()),
        FRENCH_LIGHT_STEM("frenchLightStem", "pd_french_light_stem", "stemmer", Map.of("language", "light_french")),
        RUSSIAN_LIGHT_STEM("russianLightStem", "pd_russian_light_stem", "stemmer", Map.of("language", "light_russian"));

        final String lucene;
        final String opensearch;
        final String type;
        final Map<String, Object> parameters;

        Filter(String lucene, String opensearch, String type, Map<String, Object> parameters) {
            this.lucene = lucene;
            this.opensearch = opensearch;
            this.type = type;
            this.parameters = parameters;
        }

        boolean custom() {
            return type != null;
        }
    }

    /** The analyzers' chains (after the standard tokenizer), by name. */
    private static final Map<String, List<Filter>> ANALYZERS = Map.of(
            analyzer(Language.EN), List.of(Filter.ENGLISH_POSSESSIVE, Filter.LOWERCASE, Filter.ASCII_FOLDING, Filter.PORTER_STEM),
            analyzer(Language.FR), List.of(Filter.ELISION, Filter.LOWERCASE, Filter.ASCII_FOLDING, Filter.FRENCH_LIGHT_STEM),
            analyzer(Language.RU), List.of(Filter.LOWERCASE, Filter.RUSSIAN_LIGHT_STEM, Filter.ASCII_FOLDING),
            ACRONYM, List.of(Filter.LOWERCASE, Filter.ASCII_FOLDING));

    /** The sort normalizer's chain (no tokenizer: the whole value is one token). */
    private static final List<Filter> SORT_FILTERS = List.of(Filter.LOWERCASE, Filter.ASCII_FOLDING);

    private static final Map<Language, Analyzer> LOCAL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            LOCAL.put(language, build(ANALYZERS.get(analyzer(language))));
        }
    }

    /** The analyzer of a language's text fields. */
    public static String analyzer(Language language) {
        return "text_" + language.tag();
    }

    /** The analyzer of a language's text fields, in this process: for marking what a search found. */
    public static Analyzer localAnalyzer(Language language) {
        return LOCAL.get(language);
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        ANALYZERS.forEach((name, filters) -> {
            var analyzer = context.analyzer(name).custom().tokenizer("standard");
            filters.forEach(filter -> analyzer.tokenFilter(filter.lucene));
        });
        var normalizer = context.normalizer(SORT).custom();
        SORT_FILTERS.forEach(filter -> normalizer.tokenFilter(filter.lucene));
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        Arrays.stream(Filter.values()).filter(Filter::custom).forEach(filter -> {
            var definition = context.tokenFilter(filter.opensearch).type(filter.type);
            filter.parameters.forEach((name, value) -> {
                if (value instanceof List<?> values) {
                    definition.param(name, values.stream().map(String::valueOf).toArray(String[]::new));
                } else {
                    definition.param(name, String.valueOf(value));
                }
            });
        });
        ANALYZERS.forEach((name, filters) -> context.analyzer(name).custom().tokenizer("standard")
                .tokenFilters(filters.stream().map(filter -> filter.opensearch).toArray(String[]::new)));
        context.normalizer(SORT).custom()
                .tokenFilters(SORT_FILTERS.stream().map(filter -> filter.opensearch).toArray(String[]::new));
    }

    private static Analyzer build(List<Filter> filters) {
        try {
            var builder = CustomAnalyzer.builder().withTokenizer("standard");
            for (Filter filter : filters) {
                builder.addTokenFilter(filter.lucene);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search analyzers", e);
        }
    }
}
