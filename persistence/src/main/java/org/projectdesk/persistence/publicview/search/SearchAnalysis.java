package org.projectdesk.persistence.publicview.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.projectdesk.domain.shared.Language;

/**
 * The analyzers of the project index: one per language (stemming of that language, case and accent
 * folding, so "securite" finds "sécurité" and "ПОГРАНИЧНЫЙ" finds "пограничный"), one for acronyms
 * and a normalizer for sorting titles. Registered in persistence.xml
 * ({@code hibernate.search.backend.analysis.configurer}).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /** Lower case, no accents: for acronyms and organisation short names. */
    public static final String ACRONYM = "acronym";
    /** The normalizer for sort keys: lower case, no accents. */
    public static final String SORT = "sort";

    /** The analyzer of a language's text fields. */
    public static String analyzer(Language language) {
        return "text_" + language.tag();
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(analyzer(Language.EN)).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        context.analyzer(analyzer(Language.FR)).custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("frenchLightStem");
        context.analyzer(analyzer(Language.RU)).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("russianLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer(ACRONYM).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
