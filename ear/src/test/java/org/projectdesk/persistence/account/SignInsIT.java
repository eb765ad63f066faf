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
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

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

    @Test
    void aLockedAccountAnswersInTheTimeOfAWrongPassword() {
        String locked = openAccount(EnumSet.of(Role.EDITOR));
        String open = openAccount(EnumSet.of(Role.EDITOR));
        String address = "198.51.100.20";
        for (int attempt = 1; attempt <= SignInPolicy.ACCOUNT_MAX_FAILURES; attempt++) {
            signIns.attempt(locked, "wrong-" + attempt, address);
        }
        long[] lockedTimes = new long[5];
        long[] wrongTimes = new long[5];
        for (int i = 0; i < lockedTimes.length; i++) {
            long start = System.nanoTime();
            assertEquals(SignInOutcome.Status.ACCOUNT_LOCKED, signIns.attempt(locked, PASSWORD, "198.51.100.21").status());
            lockedTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            assertEquals(SignInOutcome.Status.REFUSED, signIns.attempt(open, "wrong-" + i, "198.51.100.22").status());
            wrongTimes[i] = System.nanoTime() - start;
            if (i == 3) {
                // keep the open account below its own lock
                callers.get(Caller.ADMIN, () -> accounts.resetPassword(open, PASSWORD));
            }
        }
        java.util.Arrays.sort(lockedTimes);
        java.util.Arrays.sort(wrongTimes);
        long lockedMedian = lockedTimes[2];
        long wrongMedian = wrongTimes[2];
        // both spend one password verification (about 100-200 ms); without it a lock answered in ~10 ms
        assertTrue(lockedMedian * 2 > wrongMedian, () -> "locked " + lockedMedian / 1_000_000 + " ms, wrong password "
                + wrongMedian / 1_000_000 + " ms");
    }

    @Test
    void theAddressLockIsKeptInTheDatabase() throws Exception {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (int attempt = 1; attempt <= SignInPolicy.ADDRESS_MAX_FAILURES; attempt++) {
            signIns.attempt("nobody-" + attempt, "guess", address);
        }
        transaction.begin();
        try {
            Object lockedUntil = em.createNativeQuery("select locked_until from sign_in_address where address = ?1")
                    .setParameter(1, address).getSingleResult();
            assertTrue(lockedUntil != null, "a restart reads the lock back from sign_in_address");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void sessionsEndWhenAnAdministratorChangesTheAccount() throws InterruptedException {
        String username = openAccount(EnumSet.of(Role.EDITOR));
        Instant signedIn = Instant.now();
        Thread.sleep(5);
        assertTrue(signIns.isSessionValid(username, signedIn));
        assertFalse(signIns.isSessionValid(username, null), "a session that never recorded its sign-in is not valid");
        assertFalse(signIns.isSessionValid("nobody-at-all", signedIn));

        callers.get(Caller.ADMIN, () -> accounts.changeRoles(username, EnumSet.of(Role.EDITOR)));
        assertTrue(signIns.isSessionValid(username, signedIn), "setting the same roles ends nothing");
        callers.get(Caller.ADMIN, () -> accounts.changeRoles(username, EnumSet.of(Role.EDITOR, Role.REVIEWER)));
        assertFalse(signIns.isSessionValid(username, signedIn), "new roles end the sessions before them");

        Thread.sleep(5);
        Instant again = Instant.now();
        Thread.sleep(5);
        assertTrue(signIns.isSessionValid(username, again));
        callers.get(Caller.ADMIN, () -> accounts.resetPassword(username, "another-password-2"));
        assertFalse(signIns.isSessionValid(username, again), "a reset password ends the sessions before it");

        Thread.sleep(5);
        Instant third = Instant.now();
        Thread.sleep(5);
        callers.get(Caller.ADMIN, () -> accounts.disable(username));
        assertFalse(signIns.isSessionValid(username, third), "disabling ends every session");
        callers.get(Caller.ADMIN, () -> accounts.enable(username));
        assertFalse(signIns.isSessionValid(username, third), "enabling again does not revive them");
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
