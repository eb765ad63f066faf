package org.projectdesk.persistence.publicview.search;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full-text search finds a project by every text of it: each {@link ContentField} is either among
 * the indexed texts in the reader's language or indexed otherwise (title and acronym have fields
 * of their own), over {@value ContentGenerator#COUNT} generated contents in three languages.
 */
class IndexedTextsTest {

    @Test
    void everyTextOfAContentIsIndexed() {
        for (ProjectContent content : ContentGenerator.contents()) {
            for (Language language : Language.values()) {
                List<String> indexed = IndexedTexts.of(content, language);
                for (ContentField field : ContentField.values()) {
                    for (String text : searchable(field, content, language).toList()) {
                        assertTrue(indexed.contains(text), field + ": \"" + text + "\" is not indexed in " + language);
                    }
                }
            }
        }
    }

    /**
     * The texts of the field that {@link IndexedTexts} must hold; a switch expression, so that every
     * new field must say whether search looks at it.
     */
    private static Stream<String> searchable(ContentField field, ProjectContent content, Language language) {
        return switch (field) {
            case THEMATIC_AREA, OBJECTIVE, SPECIFIC_OBJECTIVES, SUB_AREAS, TARGET_GROUPS, FINAL_BENEFICIARIES, NOTES ->
                    field.textsIn(content).map((LocalizedText text) -> text.resolve(language).text());
            case PARTICIPATIONS -> content.participations().stream().flatMap(p -> Stream.concat(
                    Stream.of(p.organisation().displayName(language)), p.fundingInstrument().stream()));
            case COUNTRIES -> content.countries().stream().map(country -> country.displayName(language));
            case REGION -> content.region().stream().map(region -> region.name().resolve(language).text());
            // title and acronym are index fields of their own (ProjectSearchMapping); months, shares,
            // a sector code and link addresses are filters or data, not words to search for
            case TITLE, ACRONYM, DURATION, COUNTRY_SHARES, SECTOR, LINKS -> Stream.empty();
        };
    }
}
