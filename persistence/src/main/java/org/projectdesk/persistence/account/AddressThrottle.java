package org.projectdesk.persistence.account;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed sign-ins per network address, in memory (one server; a restart forgets them): after
 * {@value SignInPolicy#ADDRESS_MAX_FAILURES} failures within {@link SignInPolicy#WINDOW} the
 * address is refused for {@link SignInPolicy#ADDRESS_LOCK}, whatever usernames it tries.
 */
@Singleton
@Lock(LockType.WRITE)
public class AddressThrottle {

    private static final int PURGE_ABOVE = 10_000;

    private final Map<String, FailureWindow> windows = new HashMap<>();

    public boolean isBlocked(String address, Instant at) {
        FailureWindow window = windows.get(address);
        return window != null && window.isLockedAt(at);
    }

    /** Counts a failure; returns true if it blocks the address now. */
    public boolean recordFailure(String address, Instant at) {
        if (windows.size() > PURGE_ABOVE) {
            windows.values().removeIf(window -> window.isStaleAt(at));
        }
        return windows.computeIfAbsent(address, key -> new FailureWindow()).recordFailure(at);
    }

    /** Failures counted over a sliding start, then a lock; see {@link SignInPolicy}. */
    static final class FailureWindow {

        private Instant firstFailure;
        private int failures;
        private Instant lockedUntil;

        boolean isLockedAt(Instant at) {
            return lockedUntil != null && at.isBefore(lockedUntil);
        }

        boolean recordFailure(Instant at) {
            if (firstFailure == null || !at.isBefore(firstFailure.plus(SignInPolicy.WINDOW))) {
                firstFailure = at;
                failures = 0;
            }
            failures++;
            if (failures >= SignInPolicy.ADDRESS_MAX_FAILURES) {
                lockedUntil = at.plus(SignInPolicy.ADDRESS_LOCK);
                firstFailure = null;
                failures = 0;
                return true;
            }
            return false;
        }

        boolean isStaleAt(Instant at) {
            return !isLockedAt(at) && (firstFailure == null || !at.isBefore(firstFailure.plus(SignInPolicy.WINDOW)));
        }
    }
}
