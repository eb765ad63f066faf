package org.projectdesk.persistence.account;

import org.projectdesk.domain.entry.Role;

import java.util.Set;

/** How a sign-in attempt ended; on success, who signed in with which roles. */
public record SignInOutcome(Status status, String username, String displayName, Set<Role> roles) {

    public enum Status {
        /** The password matched an enabled, unlocked account. */
        SIGNED_IN,
        /** Unknown username, wrong password or disabled account (not told apart, on purpose). */
        REFUSED,
        /** Too many failures for this account lately. */
        ACCOUNT_LOCKED,
        /** Too many failures from this address lately. */
        ADDRESS_LOCKED
    }

    static SignInOutcome refused(Status status) {
        return new SignInOutcome(status, null, null, Set.of());
    }

    public boolean signedIn() {
        return status == Status.SIGNED_IN;
    }
}
