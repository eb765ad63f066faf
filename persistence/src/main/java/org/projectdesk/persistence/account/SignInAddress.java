package org.projectdesk.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Failed sign-ins from one client address, kept in the database so that a restart forgets nothing
 * and every server sharing the database counts together: after
 * {@value SignInPolicy#ADDRESS_MAX_FAILURES} failures within {@link SignInPolicy#WINDOW} the
 * address is refused for {@link SignInPolicy#ADDRESS_LOCK}, whatever usernames it tries.
 */
@Entity
@Table(name = "sign_in_address")
public class SignInAddress {

    public static final int MAX_ADDRESS_LENGTH = 64;

    @Id
    @Column(name = "address", length = MAX_ADDRESS_LENGTH)
    private String address;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInAddress() {
        // for Jakarta Persistence
    }

    SignInAddress(String address) {
        this.address = address;
    }

    boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /** Counts a failure; returns true if it locks the address now. */
    boolean recordFailure(Instant at) {
        if (firstFailureAt == null || !at.isBefore(firstFailureAt.plus(SignInPolicy.WINDOW))) {
            firstFailureAt = at;
            failures = 0;
        }
        failures++;
        if (failures >= SignInPolicy.ADDRESS_MAX_FAILURES) {
            lockedUntil = at.plus(SignInPolicy.ADDRESS_LOCK);
            firstFailureAt = null;
            failures = 0;
            return true;
        }
        return false;
    }

    String address() {
        return address;
    }
}
