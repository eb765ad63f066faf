package org.projectdesk.persistence.notify;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's bookkeeping, each call its own short transaction (the sending itself happens outside
 * any): which mails are due, claiming one for a while, and recording how the attempt went.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailOutbox {

    /** How long a claimed mail is left to its sender before another may try it (a sender that died). */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    Clock clock;

    /** Mails due now, each claimed for this sender alone; empty when there is nothing to send. */
    public List<OutgoingMail> claimDue() {
        Instant now = clock.instant();
        List<OutgoingMail> due = em.createQuery("""
                        select m from OutgoingMail m
                        where m.delivery = :pending and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id""",
                        OutgoingMail.class)
                .setParameter("pending", OutgoingMail.Delivery.PENDING).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        List<OutgoingMail> claimed = new ArrayList<>();
        for (OutgoingMail mail : due) {
            int updated = em.createQuery("""
                            update OutgoingMail m set m.nextAttemptAt = :lease
                            where m.id = :id and m.delivery = :pending and m.nextAttemptAt = :seen""")
                    .setParameter("lease", now.plus(LEASE)).setParameter("id", mail.id())
                    .setParameter("pending", OutgoingMail.Delivery.PENDING).setParameter("seen", mail.nextAttemptAt())
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(mail);
            }
        }
        em.clear();
        return claimed;
    }

    public void delivered(long id, OutgoingMail.Delivery how) {
        mail(id).ifPresent(mail -> mail.delivered(how, clock.instant()));
    }

    public void failed(long id, String error) {
        mail(id).ifPresent(mail -> mail.failed(error, clock.instant()));
    }

    /** Every mail to that address, oldest first (what went out, for tests and for checking by hand). */
    public List<OutgoingMail> to(String address) {
        return em.createQuery("select m from OutgoingMail m where m.address = :address order by m.id", OutgoingMail.class)
                .setParameter("address", address).getResultList();
    }

    private Optional<OutgoingMail> mail(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }
}
