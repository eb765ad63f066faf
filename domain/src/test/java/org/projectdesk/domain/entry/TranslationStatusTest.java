package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.domain.entry.Fixtures.ALICE;
import static org.projectdesk.domain.entry.Fixtures.BOB;
import static org.projectdesk.domain.entry.Fixtures.CAROL;
import static org.projectdesk.domain.entry.Fixtures.ERIN;
import static org.projectdesk.domain.entry.Fixtures.at;
import static org.projectdesk.domain.entry.TranslationState.MISSING;
import static org.projectdesk.domain.entry.TranslationState.OUTDATED;
import static org.projectdesk.domain.entry.TranslationState.UP_TO_DATE;
import static org.projectdesk.domain.shared.Language.FR;
import static org.projectdesk.domain.shared.Language.RU;

class TranslationStatusTest {

    private static final LocalizedText OBJECTIVE = LocalizedText.of("To strengthen border management",
            "Renforcer la gestion des frontières", null);

    private static ProjectContent translated() {
        return Fixtures.mibma().toBuilder().objective(OBJECTIVE).build();
    }

    private static ProjectEntry entry() {
        return ProjectEntry.create(Slug.of("mibma"), translated(), ALICE, at(0));
    }

    private static TranslationState state(ProjectEntry entry, ContentField field, Language language) {
        return entry.openDraft().or(entry::publishedRevision).orElseThrow().translationStatus()
                .of(field, language).orElseThrow();
    }

    @Test
    void aTranslationWrittenWithTheEnglishTextIsUpToDateAndAnAbsentOneMissing() {
        ProjectEntry entry = entry();

        assertEquals(UP_TO_DATE, state(entry, ContentField.OBJECTIVE, FR));
        assertEquals(MISSING, state(entry, ContentField.OBJECTIVE, RU));
        assertEquals(MISSING, state(entry, ContentField.TITLE, FR));
        assertTrue(entry.revision(1).outdatedLanguages().isEmpty());
    }

    @Test
    void changingTheEnglishTextAloneMakesTheTranslationOutdatedInThatFieldOnly() {
        ProjectEntry entry = entry();
        entry.editDraft(translated().toBuilder()
                .objective(OBJECTIVE.with(Language.EN, "To modernise border management")).build(), BOB, at(5));

        assertEquals(OUTDATED, state(entry, ContentField.OBJECTIVE, FR));
        assertEquals(MISSING, state(entry, ContentField.OBJECTIVE, RU));
        assertEquals(Set.of(ContentField.OBJECTIVE), entry.revision(1).translationStatus().outdatedIn(FR));
        assertEquals(Set.of(FR), entry.revision(1).outdatedLanguages());
    }

    @Test
    void editingTheTranslationAfterwardsBringsItUpToDate() {
        ProjectEntry entry = entry();
        LocalizedText newEnglish = OBJECTIVE.with(Language.EN, "To modernise border management");
        entry.editDraft(translated().toBuilder().objective(newEnglish).build(), BOB, at(5));
        entry.editDraft(translated().toBuilder()
                .objective(newEnglish.with(FR, "Moderniser la gestion des frontières")).build(), BOB, at(6));

        assertEquals(UP_TO_DATE, state(entry, ContentField.OBJECTIVE, FR));
        assertTrue(entry.revision(1).outdatedLanguages().isEmpty());
    }

    @Test
    void changingBothInOneSaveKeepsTheTranslationUpToDate() {
        ProjectEntry entry = entry();
        entry.editDraft(translated().toBuilder().objective(LocalizedText.of("New objective", "Nouvel objectif", null))
                .build(), BOB, at(5));

        assertEquals(UP_TO_DATE, state(entry, ContentField.OBJECTIVE, FR));
    }

    @Test
    void aChangedItemOfAListOutdatesTheListsTranslation() {
        ProjectContent withList = translated().toBuilder().specificObjectives(List.of(
                LocalizedText.of("First", "Premier", "Первый"), LocalizedText.of("Second", "Deuxième", "Второй"))).build();
        ProjectEntry entry = ProjectEntry.create(Slug.of("mibma"), withList, ALICE, at(0));
        entry.editDraft(withList.toBuilder().specificObjectives(List.of(
                LocalizedText.of("First", "Premier", "Первый"),
                LocalizedText.of("Second, revised", "Deuxième", "Второй, исправленный"))).build(), BOB, at(5));

        assertEquals(OUTDATED, state(entry, ContentField.SPECIFIC_OBJECTIVES, FR));
        assertEquals(UP_TO_DATE, state(entry, ContentField.SPECIFIC_OBJECTIVES, RU));
    }

    @Test
    void aForwardRevisionKeepsWhenItsTextsChangedSoAnOutdatedTranslationStaysOutdated() {
        ProjectEntry entry = entry();
        entry.editDraft(translated().toBuilder()
                .objective(OBJECTIVE.with(Language.EN, "To modernise border management")).build(), BOB, at(5));
        entry.submitForReview(BOB, at(6));
        entry.approve(CAROL, at(7));
        entry.startRevision(ERIN, at(8));

        assertEquals(OUTDATED, state(entry, ContentField.OBJECTIVE, FR));
        assertEquals(Set.of(FR), entry.revision(2).outdatedLanguages());
        assertEquals(Set.of(FR), entry.revision(1).outdatedLanguages());
    }

    @Test
    void aFieldWithoutEnglishTextIsNotListed() {
        ProjectEntry entry = entry();

        assertTrue(entry.revision(1).translationStatus().of(ContentField.NOTES, FR).isEmpty());
        assertTrue(entry.revision(1).translationStatus().of(ContentField.DURATION, FR).isEmpty());
    }

    @Test
    void withoutStampsEveryTranslationCountsAsWrittenTogetherWithTheEnglishText() {
        TranslationStatus status = TranslationStatus.of(translated(), List.of(), at(0));

        assertEquals(UP_TO_DATE, status.of(ContentField.OBJECTIVE, FR).orElseThrow());
        assertTrue(status.outdatedLanguages().isEmpty());
    }
}
