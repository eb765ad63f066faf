package org.projectdesk.persistence.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a username and password, applying the throttling of {@link SignInPolicy}, and logs every
 * sign-in, failure and lock. Each attempt is its own transaction, so a failure is counted even
 * though the sign-in is refused.
 */
@Stateless
@PermitAll
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

    @Inject
    Clock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    AddressThrottle addresses;

    @Inject
    Passwords passwords;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInOutcome attempt(String username, String password, String address) {
        Instant now = clock.instant();
        String name = Account.normalizedUsername(username);
        if (addresses.isBlocked(address, now)) {
            LOG.warning(() -> "Sign-in refused: address " + address + " is locked (username " + name + ")");
            return SignInOutcome.refused(SignInOutcome.Status.ADDRESS_LOCKED);
        }
        Optional<Account> found = accounts.findByUsername(name);
        if (found.isEmpty()) {
            passwords.verifyNothing(password);
            return failed(name, address, now, "unknown username");
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            countAddressFailure(address, now);
            LOG.warning(() -> "Sign-in refused: account " + name + " is locked until " + account.lockedUntil().orElseThrow()
                    + " (address " + address + ")");
            return SignInOutcome.refused(SignInOutcome.Status.ACCOUNT_LOCKED);
        }
        if (!passwords.verify(password, account.passwordHash())) {
            boolean locked = account.recordFailure(now);
            accounts.store(account);
            if (locked) {
                countAddressFailure(address, now);
                LOG.warning(() -> "Account " + name + " locked until " + account.lockedUntil().orElseThrow() + " after "
                        + SignInPolicy.ACCOUNT_MAX_FAILURES + " failed sign-ins (last from " + address + ")");
                return SignInOutcome.refused(SignInOutcome.Status.ACCOUNT_LOCKED);
            }
            return failed(name, address, now, "wrong password");
        }
        if (!account.isEnabled()) {
            return failed(name, address, now, "account disabled");
        }
        account.recordSuccess(now);
        accounts.store(account);
        LOG.info(() -> "Signed in: " + name + " " + account.roles() + " from " + address);
        return new SignInOutcome(SignInOutcome.Status.SIGNED_IN, account.username(), account.displayName(),
                account.roles());
    }

    private SignInOutcome failed(String name, String address, Instant now, String reason) {
        LOG.warning(() -> "Sign-in failed for " + name + " from " + address + ": " + reason);
        if (countAddressFailure(address, now)) {
            return SignInOutcome.refused(SignInOutcome.Status.ADDRESS_LOCKED);
        }
        return SignInOutcome.refused(SignInOutcome.Status.REFUSED);
    }

    private boolean countAddressFailure(String address, Instant now) {
        boolean locked = addresses.recordFailure(address, now);
        if (locked) {
            LOG.warning(() -> "Address " + address + " locked for " + SignInPolicy.ADDRESS_LOCK.toMinutes() + " minutes after "
                    + SignInPolicy.ADDRESS_MAX_FAILURES + " failed sign-ins");
        }
        return locked;
    }
}
