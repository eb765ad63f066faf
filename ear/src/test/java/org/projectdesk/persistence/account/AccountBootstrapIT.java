package org.projectdesk.persistence.account;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.testsupport.Deployments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A production start without an administrator opens one, and never with a known password: with the
 * password from the environment when it is set, else with a generated one written once to the
 * server log. Each case runs in a transaction that is rolled back, on a database whose
 * administrators were removed for the test.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class AccountBootstrapIT {

    private static final List<String> DEMO_PASSWORDS = List.of("demo-editor", "demo-reviewer", "demo-admin");
    private static final Pattern GENERATED = Pattern.compile(
            "opened the account (\\S+) with the generated password (\\S+) ");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AccountBootstrapIT.class);
    }

    @Inject
    AccountBootstrap bootstrap;

    @Inject
    AccountRepository accounts;

    @Inject
    Passwords passwords;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    @Test
    void whileAnAdministratorExistsNothingIsOpened() throws Exception {
        transaction.begin();
        try {
            long before = accounts.findAll().size();
            assertEquals(AccountBootstrap.AdminBootstrap.ADMIN_EXISTS, bootstrap.ensureAdministrator(Optional.of("ignored-password")));
            assertEquals(before, accounts.findAll().size());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void withoutAdministratorOneIsOpenedWithAGeneratedPasswordShownOnlyInTheLog() throws Exception {
        transaction.begin();
        try {
            removeAdministrators();
            assertEquals(AccountBootstrap.AdminBootstrap.PASSWORD_GENERATED, bootstrap.ensureAdministrator(Optional.empty()));

            Account admin = onlyAdministrator();
            Matcher logged = lastGeneratedPasswordInLog();
            assertEquals(admin.username(), logged.group(1));
            String generated = logged.group(2);
            assertTrue(generated.length() >= 20, generated);
            assertTrue(passwords.verify(generated, admin.passwordHash()), "the logged password signs in");
            for (String known : DEMO_PASSWORDS) {
                assertFalse(passwords.verify(known, admin.passwordHash()), "a known password: " + known);
            }
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void withoutAdministratorOneIsOpenedWithThePasswordFromTheEnvironment() throws Exception {
        transaction.begin();
        try {
            removeAdministrators();
            assertEquals(AccountBootstrap.AdminBootstrap.PASSWORD_FROM_ENVIRONMENT,
                    bootstrap.ensureAdministrator(Optional.of("set-by-the-operator")));
            Account admin = onlyAdministrator();
            assertTrue(passwords.verify("set-by-the-operator", admin.passwordHash()));
            assertTrue(admin.isActiveAdmin());
        } finally {
            transaction.rollback();
        }
    }

    private void removeAdministrators() {
        em.createNativeQuery("DELETE FROM user_account_role WHERE role = 'ADMIN'").executeUpdate();
        em.clear();
        assertEquals(0, accounts.countActiveAdmins());
    }

    private Account onlyAdministrator() {
        List<Account> admins = accounts.findAll().stream().filter(a -> a.has(Role.ADMIN)).toList();
        assertEquals(1, admins.size(), admins::toString);
        return admins.get(0);
    }

    private static Matcher lastGeneratedPasswordInLog() throws IOException {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        Matcher last = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher matcher = GENERATED.matcher(line);
            if (matcher.find()) {
                last = matcher;
            }
        }
        assertTrue(last != null, "no generated password in " + log);
        return last;
    }
}
