package org.projectdesk.persistence.account;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account's own rules: usernames, and the lock after repeated failures (see SignInPolicy). */
class AccountTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Account account() {
        return Account.open(" Alice.Smith ", "Alice Smith", "hash", EnumSet.of(Role.EDITOR), T0);
    }

    @Test
    void usernamesAreKeptTrimmedInLowerCase() {
        assertEquals("alice.smith", account().username());
        assertThrows(InvalidValueException.class,
                () -> Account.open("no spaces", "X", "hash", EnumSet.noneOf(Role.class), T0));
        assertThrows(InvalidValueException.class,
                () -> Account.open("a", "X", "hash", EnumSet.noneOf(Role.class), T0));
    }

    @Test
    void aPersonWithoutAChosenLanguageHasNoneUntilTheyChooseOne() {
        Account account = account();
        assertEquals(Optional.empty(), account.language());
        account.preferLanguage(Language.RU);
        assertEquals(Optional.of(Language.RU), account.language());
        assertThrows(NullPointerException.class, () -> account.preferLanguage(null));
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        Account account = account();
        for (int minute = 0; minute < 4; minute++) {
            assertFalse(account.recordFailure(T0.plus(Duration.ofMinutes(minute * 3L))));
        }
        Instant fifth = T0.plus(Duration.ofMinutes(14));
        assertTrue(account.recordFailure(fifth));
        assertTrue(account.isLockedAt(fifth.plus(Duration.ofMinutes(14))));
        assertFalse(account.isLockedAt(fifth.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        Account account = account();
        for (int attempt = 0; attempt < 4; attempt++) {
            account.recordFailure(T0.plusSeconds(attempt));
        }
        assertFalse(account.recordFailure(T0.plus(SignInPolicy.WINDOW)), "the window has passed");
        assertFalse(account.isLockedAt(T0.plus(SignInPolicy.WINDOW).plusSeconds(1)));
    }

    @Test
    void aSuccessfulSignInOrANewPasswordClearsTheCount() {
        Account account = account();
        for (int attempt = 0; attempt < 4; attempt++) {
            account.recordFailure(T0.plusSeconds(attempt));
        }
        account.recordSuccess(T0.plusSeconds(10));
        assertFalse(account.recordFailure(T0.plusSeconds(11)), "counting starts again after a success");
        for (int attempt = 0; attempt < 4; attempt++) {
            account.recordFailure(T0.plusSeconds(20 + attempt));
        }
        assertTrue(account.isLockedAt(T0.plusSeconds(30)));
        account.changePasswordHash("new-hash");
        assertFalse(account.isLockedAt(T0.plusSeconds(31)));
    }

    @Test
    void anAddressIsBlockedAfterTwentyFailuresInTheWindow() {
        SignInAddress window = new SignInAddress("192.0.2.1");
        for (int attempt = 1; attempt < SignInPolicy.ADDRESS_MAX_FAILURES; attempt++) {
            assertFalse(window.recordFailure(T0.plusSeconds(attempt)));
        }
        assertTrue(window.recordFailure(T0.plusSeconds(30)));
        assertTrue(window.isLockedAt(T0.plus(Duration.ofMinutes(14))));
        assertFalse(window.isLockedAt(T0.plusSeconds(30).plus(SignInPolicy.ADDRESS_LOCK)));
    }

    @Test
    void sessionsSignedInBeforeAnAdministratorsChangeEnd() {
        Account account = Account.open("editor-x", "Editor X", "hash", Set.of(Role.EDITOR), T0);
        assertTrue(account.acceptsSessionSignedInAt(T0.plusSeconds(1)));
        account.endSessionsBefore(T0.plusSeconds(10));
        assertFalse(account.acceptsSessionSignedInAt(T0.plusSeconds(9)));
        assertTrue(account.acceptsSessionSignedInAt(T0.plusSeconds(10)));
        account.disable();
        assertFalse(account.acceptsSessionSignedInAt(T0.plusSeconds(20)));
        assertFalse(account.acceptsSessionSignedInAt(null));
    }
}
