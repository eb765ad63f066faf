package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RolesTest {

    @Test
    void theConstantsNameEveryRoleAndNothingElse() {
        assertEquals(List.of(Role.EDITOR.name(), Role.REVIEWER.name(), Role.ADMIN.name()),
                List.of(Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN));
        assertEquals(3, Role.values().length);
    }
}
