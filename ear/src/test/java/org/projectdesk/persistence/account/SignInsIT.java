package org.projectdesk.persistence.account;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in throttling: five failed sign-ins lock the account for fifteen minutes (even the right
 * password is refused meanwhile); twenty failures from one address refuse that address, whatever
 * account it tries; an admin's new password lifts an account's lock.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SignInsIT {

    private static final String PASSWORD = "the-right-password";

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(SignInsIT.class);
    }

    @Inject
    SignIns signIns;

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository repository;

    @Inject
    Callers callers;

    @Inject
    UserTransaction transaction;

    @Test
    void theRightPasswordSignsInWithTheAccountsRoles() {
        String username = openAccount(EnumSet.of(Role.EDITOR, Role.REVIEWER));
        SignInOutcome outcome = signIns.attempt(username.toUpperCase(), PASSWORD, "198.51.100.1");
        assertEquals(SignInOutcome.Status.SIGNED_IN, outcome.status());
        assertEquals(username, outcome.username());
        assertEquals(Set.of(Role.EDITOR, Role.REVIEWER), outcome.roles());
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
        String username = openAccount(EnumSet.of(Role.EDITOR));
        String address = "198.51.100.2";
        for (int attempt = 1; attempt < SignInPolicy.ACCOUNT_MAX_FAILURES; attempt++) {
            assertEquals(SignInOutcome.Status.REFUSED, signIns.attempt(username, "wrong-" + attempt, address).status());
        }
        Instant lockedAt = Instant.now();
        assertEquals(SignInOutcome.Status.ACCOUNT_LOCKED, signIns.attempt(username, "wrong-5", address).status());
        assertEquals(SignInOutcome.Status.ACCOUNT_LOCKED, signIns.attempt(username, PASSWORD, "198.51.100.3").status(),
                "the right password is refused while the account is locked");

        Instant lockedUntil = lockedUntil(username);
        Duration lock = Duration.between(lockedAt, lockedUntil);
        assertTrue(lock.compareTo(Duration.ofMinutes(14)) > 0 && lock.compareTo(Duration.ofMinutes(16)) < 0, lock::toString);

        callers.get(Caller.ADMIN, () -> accounts.resetPassword(username, "a-new-password-1"));
        assertEquals(SignInOutcome.Status.SIGNED_IN, signIns.attempt(username, "a-new-password-1", address).status(),
                "a new password lifts the lock");
    }

    @Test
    void twentyFailuresFromOneAddressRefuseThatAddressForAnyAccount() {
        String username = openAccount(EnumSet.of(Role.EDITOR));
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        SignInOutcome.Status last = null;
        for (int attempt = 1; attempt <= SignInPolicy.ADDRESS_MAX_FAILURES; attempt++) {
            last = signIns.attempt("nobody-" + attempt, "guess", address).status();
        }
        assertEquals(SignInOutcome.Status.ADDRESS_LOCKED, last);
        assertEquals(SignInOutcome.Status.ADDRESS_LOCKED, signIns.attempt(username, PASSWORD, address).status());
        assertEquals(SignInOutcome.Status.SIGNED_IN, signIns.attempt(username, PASSWORD, "198.51.100.4").status(),
                "other addresses are not affected");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String username = openAccount(EnumSet.of(Role.EDITOR));
        callers.get(Caller.ADMIN, () -> accounts.disable(username));
        assertEquals(SignInOutcome.Status.REFUSED, signIns.attempt(username, PASSWORD, "198.51.100.5").status());
        callers.get(Caller.ADMIN, () -> accounts.enable(username));
        assertEquals(SignInOutcome.Status.SIGNED_IN, signIns.attempt(username, PASSWORD, "198.51.100.5").status());
    }

    private String openAccount(Set<Role> roles) {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        callers.get(Caller.ADMIN, () -> accounts.open(username, "Test " + username, PASSWORD, roles));
        return username;
    }

    private Instant lockedUntil(String username) throws Exception {
        transaction.begin();
        try {
            return repository.findByUsername(username).orElseThrow().lockedUntil().orElseThrow();
        } finally {
            transaction.rollback();
        }
    }
}
