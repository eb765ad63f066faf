package org.projectdesk.persistence.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Failed sign-ins per client address, in the database ({@link SignInAddress}, table
 * {@code sign_in_address}): a restart forgets nothing, and servers sharing the database count
 * together. Each failure is counted in its own transaction with the address's row locked, so
 * concurrent failures from one address are all counted.
 */
@Stateless
public class AddressThrottle {

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    public boolean isBlocked(String address, Instant at) {
        SignInAddress row = em.find(SignInAddress.class, key(address));
        return row != null && row.isLockedAt(at);
    }

    /** Counts a failure; returns true if it blocks the address now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(String address, Instant at) {
        em.createQuery("""
                        delete from SignInAddress a
                        where (a.lockedUntil is null or a.lockedUntil < :at)
                          and (a.firstFailureAt is null or a.firstFailureAt < :windowStart)""")
                .setParameter("at", at)
                .setParameter("windowStart", at.minus(SignInPolicy.WINDOW))
                .executeUpdate();
        String key = key(address);
        SignInAddress row = em.find(SignInAddress.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new SignInAddress(key);
            em.persist(row);
        }
        boolean locked = row.recordFailure(at);
        em.flush();
        return locked;
    }

    private static String key(String address) {
        String key = address == null ? "" : address;
        return key.length() > SignInAddress.MAX_ADDRESS_LENGTH ? key.substring(0, SignInAddress.MAX_ADDRESS_LENGTH) : key;
    }
}
