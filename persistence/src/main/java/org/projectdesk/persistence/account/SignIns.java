package org.projectdesk.persistence.account;

import org.projectdesk.persistence.audit.AuditTrail;
import org.projectdesk.persistence.audit.AuditKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.projectdesk.domain.shared.LogText;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a username and password, applying the throttling of {@link SignInPolicy}, and logs every
 * sign-in, failure and lock (the username and address as {@link LogText}, since both come from the
 * request). Each attempt is its own transaction, so a failure is counted even though the sign-in is
 * refused. Every attempt spends the time of one password verification, whatever its outcome, so the
 * answer's timing tells nothing about whether an account exists or is locked.
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

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInOutcome attempt(String username, String password, String address) {
        Instant now = clock.instant();
        String name = Account.normalizedUsername(username);
        if (addresses.isBlocked(address, now)) {
            passwords.verifyNothing(password);
            LOG.warning(() -> "Sign-in refused: address " + LogText.of(address) + " is locked (username "
                    + LogText.of(name) + ")");
            audit.record(AuditKind.SIGN_IN_FAILED, name, null, "address locked: " + address);
            return SignInOutcome.refused(SignInOutcome.Status.ADDRESS_LOCKED);
        }
        Optional<Account> found = accounts.findByUsername(name);
        if (found.isEmpty()) {
            passwords.verifyNothing(password);
            return failed(name, address, now, "unknown username");
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            // the same work as for an unlocked account, so that a lock cannot be told apart by its timing
            passwords.verify(password, account.passwordHash());
            countAddressFailure(address, now);
            audit.record(AuditKind.SIGN_IN_FAILED, name, null, "account locked, from " + address);
            LOG.warning(() -> "Sign-in refused: account " + LogText.of(name) + " is locked until "
                    + account.lockedUntil().orElseThrow() + " (address " + LogText.of(address) + ")");
            return SignInOutcome.refused(SignInOutcome.Status.ACCOUNT_LOCKED);
        }
        if (!passwords.verify(password, account.passwordHash())) {
            boolean locked = account.recordFailure(now);
            accounts.store(account);
            if (locked) {
                countAddressFailure(address, now);
                audit.record(AuditKind.SIGN_IN_FAILED, name, null, "wrong password, account now locked, from " + address);
                LOG.warning(() -> "Account " + LogText.of(name) + " locked until " + account.lockedUntil().orElseThrow()
                        + " after " + SignInPolicy.ACCOUNT_MAX_FAILURES + " failed sign-ins (last from "
                        + LogText.of(address) + ")");
                return SignInOutcome.refused(SignInOutcome.Status.ACCOUNT_LOCKED);
            }
            return failed(name, address, now, "wrong password");
        }
        if (!account.isEnabled()) {
            return failed(name, address, now, "account disabled");
        }
        account.recordSuccess(now);
        accounts.store(account);
        audit.record(AuditKind.SIGN_IN, account.username(), null, "from " + address);
        LOG.info(() -> "Signed in: " + LogText.of(name) + " " + account.roles() + " from " + LogText.of(address));
        return new SignInOutcome(SignInOutcome.Status.SIGNED_IN, account.username(), account.displayName(),
                account.roles());
    }

    /**
     * Whether a session that signed in as that account at that moment may go on: the account still
     * exists, is enabled, and nobody disabled it, changed its roles or reset its password since.
     * Asked on every desk request, so it holds on every server sharing the database.
     */
    public boolean isSessionValid(String username, Instant signedInAt) {
        return accounts.findByUsername(username).map(account -> account.acceptsSessionSignedInAt(signedInAt))
                .orElse(false);
    }

    private SignInOutcome failed(String name, String address, Instant now, String reason) {
        LOG.warning(() -> "Sign-in failed for " + LogText.of(name) + " from " + LogText.of(address) + ": " + reason);
        audit.record(AuditKind.SIGN_IN_FAILED, name, null, reason + ", from " + address);
        if (countAddressFailure(address, now)) {
            return SignInOutcome.refused(SignInOutcome.Status.ADDRESS_LOCKED);
        }
        return SignInOutcome.refused(SignInOutcome.Status.REFUSED);
    }

    private boolean countAddressFailure(String address, Instant now) {
        boolean locked;
        try {
            locked = addresses.recordFailure(address, now);
        } catch (EJBException firstCountOfThatAddressRacedAnother) {
            locked = addresses.recordFailure(address, now);
        }
        if (locked) {
            LOG.warning(() -> "Address " + LogText.of(address) + " locked for " + SignInPolicy.ADDRESS_LOCK.toMinutes()
                    + " minutes after " + SignInPolicy.ADDRESS_MAX_FAILURES + " failed sign-ins");
        }
        return locked;
    }
}
