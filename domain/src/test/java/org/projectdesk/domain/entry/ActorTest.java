package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.InvalidValueException;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorTest {

    @Test
    void adminHasEveryRole() {
        Actor admin = Actor.of("dave", Role.ADMIN);
        assertTrue(admin.has(Role.EDITOR));
        assertTrue(admin.has(Role.REVIEWER));
        assertTrue(admin.mayTake(WorkflowAction.APPROVE));
        assertTrue(admin.mayTake(WorkflowAction.SUBMIT));
        assertFalse(admin.mayTake(WorkflowAction.IMPORT));
    }

    @Test
    void anEditorIsNoReviewer() {
        Actor editor = Actor.of("bob", Role.EDITOR);
        assertTrue(editor.mayTake(WorkflowAction.EDIT));
        assertFalse(editor.mayTake(WorkflowAction.APPROVE));
        assertFalse(editor.mayTake(WorkflowAction.UNPUBLISH));
    }

    @Test
    void theSystemOnlyImports() {
        Actor importer = Actor.system("importer");
        assertTrue(importer.system());
        assertTrue(importer.mayTake(WorkflowAction.IMPORT));
        for (WorkflowAction action : WorkflowAction.values()) {
            if (action != WorkflowAction.IMPORT) {
                assertFalse(importer.mayTake(action), action.name());
            }
        }
    }

    @Test
    void usernameIsRequiredAndRolesAreCopied() {
        assertThrows(InvalidValueException.class, () -> Actor.of(" "));
        assertThrows(InvalidValueException.class, () -> Actor.of("x".repeat(101)));
        assertThrows(InvalidValueException.class, () -> new Actor("importer", Set.of(Role.ADMIN), true));
        assertThrows(UnsupportedOperationException.class, () -> Actor.of("bob", Role.EDITOR).roles().clear());
        assertTrue(new Actor("bob", null, false).roles().isEmpty());
    }

    @Test
    void sameUserIgnoringCase() {
        assertTrue(Actor.of("Alice").is("alice"));
        assertFalse(Actor.of("alice").is(null));
        assertFalse(Actor.of("alice").is("alicia"));
    }
}
