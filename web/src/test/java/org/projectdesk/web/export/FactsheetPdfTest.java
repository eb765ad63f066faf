package org.projectdesk.web.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.publicview.PublishedProject;
import org.projectdesk.web.i18n.Messages;
import org.projectdesk.web.map.WorldShapes;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The factsheet prints every field the public page shows, in the page's language: each
 * {@link ContentField} of the first {@value #COUNT} generated contents (seed
 * {@value ContentGenerator#SEED}) is found in the PDF's text in English, French and Russian
 * (fewer than the other round trips: each is a PDF written and read back).
 */
class FactsheetPdfTest {

    private static final int COUNT = 50;
    private static final Instant PUBLISHED = Instant.parse("2026-11-30T12:00:00Z");
    private static final WorldShapes SHAPES = new WorldShapes();

    @Test
    void everyFieldIsPrintedInEveryLanguage() throws IOException {
        for (ProjectContent content : new ContentGenerator(ContentGenerator.SEED).contents(COUNT)) {
            for (Language language : Language.values()) {
                PublishedProject project = PublishedProject.of("slug", content, language, PUBLISHED);
                byte[] pdf = new FactsheetPdf(project, Messages.bundle(language), SHAPES).write("https://example.org/projects/slug");
                String text;
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    text = compact(new PDFTextStripper().getText(document));
                }
                for (ContentField field : ContentField.values()) {
                    String printed = text;
                    printed(field, content, language).forEach(expected -> assertTrue(printed.contains(compact(expected)),
                            field + " in " + language + ": \"" + expected + "\" is not in the factsheet"));
                }
            }
        }
    }

    /** What the factsheet prints of the field; a switch expression, so that every new field must be placed. */
    private static Stream<String> printed(ContentField field, ProjectContent content, Language language) {
        return switch (field) {
            case TITLE, THEMATIC_AREA, OBJECTIVE, SPECIFIC_OBJECTIVES, SUB_AREAS, TARGET_GROUPS, FINAL_BENEFICIARIES, NOTES ->
                    field.textsIn(content).map(text -> in(text, language));
            case ACRONYM, SECTOR -> Stream.of(String.valueOf(field.valueIn(content)));
            case PARTICIPATIONS -> content.participations().stream().flatMap(p -> Stream.concat(
                    Stream.of(p.organisation().displayName(language)), p.fundingInstrument().stream()));
            case DURATION -> Stream.of(month(content.duration().orElseThrow().start(), language),
                    month(content.duration().orElseThrow().end(), language));
            case COUNTRIES -> content.countries().stream().map(country -> country.displayName(language));
            case COUNTRY_SHARES -> content.countries().stream().map(country -> country.displayName(language) + " ("
                    + new MessageFormat(Messages.bundle(language).getString("format.percent"), language.locale())
                    .format(new Object[] {content.countryShares().get(country)}) + ")");
            case REGION -> Stream.of(in(content.region().orElseThrow().name(), language));
            case LINKS -> content.links().stream().map(link -> in(link.label(), language) + ": " + link.url());
        };
    }

    private static String in(LocalizedText text, Language language) {
        return text.in(language).orElseThrow();
    }

    private static String month(YearMonth month, Language language) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", language.locale()).format(month);
    }

    /** Without white space: the PDF breaks lines where it likes. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }
}
