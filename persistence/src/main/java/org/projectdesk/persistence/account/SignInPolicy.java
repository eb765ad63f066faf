package org.projectdesk.persistence.account;

import java.time.Duration;

/**
 * The numbers of sign-in throttling, in one place (the README states them): an account is locked
 * for {@link #ACCOUNT_LOCK} after {@link #ACCOUNT_MAX_FAILURES} failed sign-ins within
 * {@link #WINDOW}; an address is refused for {@link #ADDRESS_LOCK} after
 * {@link #ADDRESS_MAX_FAILURES} failed sign-ins (for any usernames) within {@link #WINDOW}.
 * A successful sign-in clears the account's count. Passwords have at least
 * {@link #MIN_PASSWORD_LENGTH} characters.
 */
public final class SignInPolicy {

    public static final int ACCOUNT_MAX_FAILURES = 5;
    public static final int ADDRESS_MAX_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration ACCOUNT_LOCK = Duration.ofMinutes(15);
    public static final Duration ADDRESS_LOCK = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 10;

    private SignInPolicy() {
    }
}
