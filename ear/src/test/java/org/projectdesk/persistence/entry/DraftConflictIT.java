package org.projectdesk.persistence.entry;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.FieldChange;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people save the same draft, both starting from the version they loaded: the first save wins,
 * the second is refused with who saved meanwhile and what differs, and nothing is overwritten; the
 * second person can then knowingly save over it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class DraftConflictIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(DraftConflictIT.class, EntryFixtures.class);
    }

    @Inject
    Callers callers;

    @Inject
    EditorialService editorial;

    @Inject
    EntryFixtures fixtures;

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedAndOverwritesNothing() {
        ProjectContent original = fixtures.content(fixtures.uniqueTitle());
        long id = callers.get(Caller.AUTHOR, () -> editorial.create(original, null)).id();
        long loadedByBoth = fixtures.version(id);
        ProjectContent authorsVersion = original.toBuilder()
                .objective(LocalizedText.of("The author's objective.")).build();
        ProjectContent editorsVersion = original.toBuilder()
                .objective(LocalizedText.of("The other editor's objective.")).build();

        EntryRef first = callers.get(Caller.AUTHOR, () -> editorial.saveDraft(id, loadedByBoth, authorsVersion));
        String afterFirst = fixtures.snapshot(id);
        Outcome second = callers.as(Caller.EDITOR, () -> editorial.saveDraft(id, loadedByBoth, editorsVersion));

        assertTrue(second.isRefusedWith(EditConflictException.class), second::toString);
        EditConflictException conflict = (EditConflictException) second.refusal();
        assertEquals("it-author", conflict.changedBy());
        assertEquals(first.version(), conflict.currentVersion());
        assertEquals(List.of(new FieldChange("objective", Language.EN, "The other editor's objective.",
                "The author's objective.")), conflict.changes());
        assertEquals(afterFirst, fixtures.snapshot(id), "the refused save changed the draft");
        assertTrue(afterFirst.contains("The author's objective."), afterFirst);

        Outcome knowingly = callers.as(Caller.EDITOR,
                () -> editorial.saveDraft(id, conflict.currentVersion(), editorsVersion));
        assertEquals(Outcome.Kind.DONE, knowingly.kind(), knowingly::toString);
        assertTrue(fixtures.snapshot(id).contains("The other editor's objective."));
    }
}
