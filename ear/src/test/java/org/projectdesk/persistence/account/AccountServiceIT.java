package org.projectdesk.persistence.account;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Account administration: only administrators may do it, and the last enabled administrator can
 * neither be disabled nor lose the role.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class AccountServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(AccountServiceIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    Callers callers;

    @Test
    void onlyAdministratorsAdministerAccounts() {
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.EDITOR, Caller.REVIEWER)) {
            Outcome outcome = callers.as(caller, () -> accounts.list());
            assertEquals(Outcome.Kind.FORBIDDEN, outcome.kind(), caller + ": " + outcome);
            Outcome opening = callers.as(caller, () -> accounts.open("it-x-" + caller.name().toLowerCase(), "X",
                    "a-long-password", EnumSet.of(Role.ADMIN)));
            assertEquals(Outcome.Kind.FORBIDDEN, opening.kind(), caller + ": " + opening);
        }
        assertTrue(callers.get(Caller.ADMIN, () -> accounts.list()).stream()
                .anyMatch(account -> account.username().equals("admin")));
    }

    @Test
    void theLastAdministratorIsNeitherDisabledNorDemoted() {
        List<AccountView> admins = callers.get(Caller.ADMIN, () -> accounts.list()).stream()
                .filter(account -> account.enabled() && account.has(Role.ADMIN)).toList();
        String spare = "it-admin-" + UUID.randomUUID().toString().substring(0, 6);
        callers.get(Caller.ADMIN, () -> accounts.open(spare, "Spare admin", "a-long-password", EnumSet.of(Role.ADMIN)));
        try {
            for (AccountView admin : admins) {
                callers.get(Caller.ADMIN, () -> accounts.disable(admin.username()));
            }
            Outcome disabling = callers.as(Caller.ADMIN, () -> accounts.disable(spare));
            assertTrue(disabling.isRefusedWith(LastAdminException.class), disabling::toString);
            Outcome demoting = callers.as(Caller.ADMIN, () -> accounts.changeRoles(spare, EnumSet.of(Role.EDITOR)));
            assertTrue(demoting.isRefusedWith(LastAdminException.class), demoting::toString);
            AccountView stillAdmin = callers.get(Caller.ADMIN, () -> accounts.find(spare));
            assertTrue(stillAdmin.enabled() && stillAdmin.has(Role.ADMIN), "the refusal changed the account");
        } finally {
            for (AccountView admin : admins) {
                callers.get(Caller.ADMIN, () -> accounts.enable(admin.username()));
            }
            callers.get(Caller.ADMIN, () -> accounts.disable(spare));
        }
    }

    @Test
    void rolesCanBeSetAndAPersonMayHoldSeveral() {
        String username = "it-roles-" + UUID.randomUUID().toString().substring(0, 6);
        callers.get(Caller.ADMIN, () -> accounts.open(username, "Roles", "a-long-password", EnumSet.of(Role.EDITOR)));
        AccountView changed = callers.get(Caller.ADMIN,
                () -> accounts.changeRoles(username, EnumSet.of(Role.EDITOR, Role.REVIEWER)));
        assertEquals(Set.of(Role.EDITOR, Role.REVIEWER), changed.roles());
    }

    @Test
    void badInputIsRefusedWithTheField() {
        Outcome shortPassword = callers.as(Caller.ADMIN, () -> accounts.open("it-short", "Short", "short", Set.of()));
        assertTrue(shortPassword.isRefusedWith(WeakPasswordException.class), shortPassword::toString);
        Outcome badName = callers.as(Caller.ADMIN, () -> accounts.open("no spaces!", "Bad", "a-long-password", Set.of()));
        assertTrue(badName.isRefusedWith(org.projectdesk.domain.shared.InvalidValueException.class), badName::toString);
        Outcome taken = callers.as(Caller.ADMIN, () -> accounts.open("editor", "Taken", "a-long-password", Set.of()));
        assertTrue(taken.isRefusedWith(UsernameTakenException.class), taken::toString);
        assertFalse(callers.get(Caller.ADMIN, () -> accounts.list()).stream()
                .anyMatch(account -> account.username().equals("it-short")));
    }
}
