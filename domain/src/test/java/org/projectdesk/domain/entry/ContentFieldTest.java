package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one list of a content's fields is complete, and what derives from it holds for every field:
 * equality, the builder's copy, and the review diff naming exactly the field that changed, over
 * {@value ContentGenerator#COUNT} generated contents (seed {@value ContentGenerator#SEED}).
 */
class ContentFieldTest {

    private static final List<ProjectContent> CONTENTS = ContentGenerator.contents();

    @Test
    void everyFieldOfProjectContentIsInTheListAndNothingElse() {
        Set<String> declared = Arrays.stream(ProjectContent.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = Arrays.stream(ContentField.values()).map(ContentField::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, listed, "ProjectContent's fields and ContentField must name the same fields");
    }

    @Test
    void eachFieldIsFoundByItsKey() {
        for (ContentField field : ContentField.values()) {
            assertEquals(field, ContentField.byKey(field.key()).orElseThrow());
        }
    }

    @Test
    void theGeneratorSetsEveryFieldInEveryLanguage() {
        for (ProjectContent content : CONTENTS) {
            for (ContentField field : ContentField.values()) {
                assertTrue(field.isSetIn(content), field + " not set in " + content);
            }
            assertEquals(java.util.Map.of(), content.missingTranslations(), "every text in every language");
        }
    }

    @Test
    void aCopyAndARebuiltContentAreEqual() {
        for (ProjectContent content : CONTENTS) {
            assertEquals(content, content.copy());
            assertEquals(content, content.toBuilder().build());
            assertTrue(ContentDiff.between(content, content.copy()).isEmpty());
        }
    }

    @Test
    void changingOneFieldChangesEqualityAndTheDiffNamesExactlyThatField() {
        ContentGenerator changes = new ContentGenerator(ContentGenerator.SEED + 1);
        for (ProjectContent content : CONTENTS) {
            for (ContentField field : ContentField.values()) {
                ProjectContent changed = changes.withChanged(content, field);
                assertNotEquals(content, changed, field.key());
                for (ContentField other : ContentField.values()) {
                    assertEquals(other == field, !java.util.Objects.equals(other.valueIn(content), other.valueIn(changed)),
                            "changing " + field + " changed the value of " + other);
                }
                assertEquals(List.of(field.key()), ContentDiff.between(content, changed).changedFields());
                assertEquals(List.of(field.key()), ContentDiff.between(changed, content).changedFields());
            }
        }
    }

    @Test
    void aFirstRevisionShowsEveryField() {
        for (ProjectContent content : CONTENTS) {
            assertEquals(Arrays.stream(ContentField.values()).map(ContentField::key).toList(),
                    ContentDiff.between(null, content).changedFields());
        }
    }
}
