package org.projectdesk.persistence.entry;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.TranslationState;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outdated-translation rule as stored: a translation is outdated when the English text of its
 * field changed after the translation was last edited; the desk sees it per field and language and
 * can search for it, and the public side knows it of the published revision.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class TranslationStatusIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(TranslationStatusIT.class, EntryFixtures.class);
    }

    @Inject
    Callers callers;

    @Inject
    EditorialService editorial;

    @Inject
    EditorialQueries queries;

    @Inject
    PublishedProjects publishedProjects;

    @Inject
    EntryFixtures fixtures;

    private TranslationState state(long id, String field, Language language) {
        return callers.get(Caller.EDITOR, () -> queries.translationStatus(id)).of(field, language);
    }

    private List<String> outdatedIn(String tag, Language language) {
        return callers.get(Caller.EDITOR, () -> queries.search(tag, null, language)).stream()
                .map(EntrySummary::slug).toList();
    }

    @Test
    void anEnglishChangeAfterTheTranslationMakesItOutdatedUntilTheTranslationIsEdited() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ProjectContent translated = fixtures.content("Translation status probe " + tag).toBuilder()
                .objective(LocalizedText.of("To try the editorial workflow.", "Essayer le circuit éditorial.", null))
                .build();
        long id = callers.get(Caller.AUTHOR, () -> editorial.create(translated, "it-translation-" + tag)).id();
        String slug = "it-translation-" + tag;

        assertEquals(TranslationState.UP_TO_DATE, state(id, "objective", Language.FR));
        assertEquals(TranslationState.MISSING, state(id, "objective", Language.RU));
        assertEquals(List.of(), outdatedIn(tag, Language.FR));

        ProjectContent englishChanged = translated.toBuilder().objective(
                translated.objective().orElseThrow().with(Language.EN, "To test the editorial workflow.")).build();
        callers.get(Caller.AUTHOR, () -> editorial.saveDraft(id, fixtures.version(id), englishChanged));

        assertEquals(TranslationState.OUTDATED, state(id, "objective", Language.FR), "the English text changed after the French");
        assertEquals(TranslationState.MISSING, state(id, "title", Language.FR));
        assertEquals(Set.of(Language.FR), callers.get(Caller.REVIEWER, () -> queries.translationStatus(id)).outdatedLanguages(),
                "the reviewer sees it too");
        assertEquals(List.of(slug), outdatedIn(tag, Language.FR));
        assertEquals(List.of(), outdatedIn(tag, Language.RU));

        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, fixtures.version(id)));
        assertTrue(publishedProjects.translationOutdated(slug, Language.FR), "the public French page says so");
        assertFalse(publishedProjects.translationOutdated(slug, Language.RU));
        assertFalse(publishedProjects.translationOutdated(slug, Language.EN));
        assertEquals(List.of(slug), outdatedIn(tag, Language.FR), "the published revision is searched while none is open");

        callers.get(Caller.AUTHOR, () -> editorial.startRevision(id, fixtures.version(id)));
        assertEquals(TranslationState.OUTDATED, state(id, "objective", Language.FR), "a forward revision keeps the stamps");
        ProjectContent retranslated = englishChanged.toBuilder().objective(
                englishChanged.objective().orElseThrow().with(Language.FR, "Tester le circuit éditorial.")).build();
        callers.get(Caller.AUTHOR, () -> editorial.saveDraft(id, fixtures.version(id), retranslated));

        assertEquals(TranslationState.UP_TO_DATE, state(id, "objective", Language.FR));
        assertEquals(List.of(), outdatedIn(tag, Language.FR));
        assertTrue(publishedProjects.translationOutdated(slug, Language.FR), "the published revision is unchanged until approved");
    }
}
