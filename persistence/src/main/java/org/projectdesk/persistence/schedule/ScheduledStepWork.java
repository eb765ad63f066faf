package org.projectdesk.persistence.schedule;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.DomainException;
import org.projectdesk.persistence.account.Account;
import org.projectdesk.persistence.account.AccountRepository;
import org.projectdesk.persistence.audit.AuditKind;
import org.projectdesk.persistence.audit.AuditTrail;
import org.projectdesk.persistence.entry.EditorialStep;
import org.projectdesk.persistence.notify.Notifications;
import org.projectdesk.persistence.publicview.PublicContentChanged;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * One scheduled step at a time, each in a transaction of its own. The step is claimed by an update
 * that only succeeds while it is PENDING: of two servers (or two runs) that reach it together, the
 * database lets one update it and the other then finds it settled, so the step happens exactly once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledStepWork {

    private static final Logger LOG = Logger.getLogger(ScheduledStepWork.class.getName());

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Event<EditorialStep> steps;

    @Inject
    Event<PublicContentChanged> publicChanges;

    /** The steps due now, soonest first. */
    public List<Long> due() {
        return em.createQuery("""
                        select s.id from ScheduledStep s
                        where s.state = :pending and s.dueAt <= :now order by s.dueAt, s.id""", Long.class)
                .setParameter("pending", ScheduledStepState.PENDING).setParameter("now", clock.instant())
                .getResultList();
    }

    /**
     * Claims the step and carries it out; false if another run claimed it first. Throws
     * {@link ScheduleCannotRunException} (rolling the claim back) when the step cannot run.
     */
    public boolean carryOut(long id) {
        Instant now = clock.instant();
        if (!claim(id, ScheduledStepState.DONE, null, now)) {
            return false;
        }
        ScheduledStep step = em.find(ScheduledStep.class, id);
        ProjectEntry entry = step.entry();
        if (entry.version() != step.entryVersion()) {
            throw new ScheduleCannotRunException(ScheduleFailure.ENTRY_CHANGED);
        }
        Actor reviewer = reviewer(step.scheduledBy());
        if (!reviewer.has(Role.REVIEWER)) {
            throw new ScheduleCannotRunException(ScheduleFailure.REVIEWER_LOST_ROLE);
        }
        em.lock(entry, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        int stepsBefore = entry.history().size();
        boolean wasPublic = entry.isPublic();
        try {
            if (step.kind() == ScheduledStepKind.PUBLISH) {
                entry.approveOnSchedule(reviewer, now);
            } else {
                entry.unpublishOnSchedule(reviewer, now, step.remark().orElse(null));
            }
        } catch (ScheduleCannotRunException e) {
            throw e;
        } catch (DomainException e) {
            LOG.info(() -> "Scheduled " + step + " refused: " + e.getMessage());
            throw new ScheduleCannotRunException(ScheduleFailure.NOT_ALLOWED);
        }
        EditorialStep.firstSince(entry, stepsBefore).ifPresent(steps::fire);
        if (wasPublic != entry.isPublic() || step.kind() == ScheduledStepKind.PUBLISH) {
            publicChanges.fire(PublicContentChanged.project(entry));
        }
        audit.record(AuditKind.SCHEDULED_STEP_DONE, step.scheduledBy(), entry.slug().value(),
                step.kind() + " due " + step.dueAt());
        LOG.info(() -> "Carried out on schedule: " + step + " for " + step.scheduledBy());
        return true;
    }

    /** Records that the step could not run and tells its reviewer; only once, whoever else tries. */
    public void fail(long id, ScheduleFailure why) {
        if (!claim(id, ScheduledStepState.FAILED, why, clock.instant())) {
            return;
        }
        ScheduledStep step = em.find(ScheduledStep.class, id);
        notifications.scheduleFailed(step.entry(), step.scheduledBy());
        audit.record(AuditKind.SCHEDULED_STEP_FAILED, step.scheduledBy(), step.entry().slug().value(),
                step.kind() + " due " + step.dueAt() + ": " + why);
        LOG.warning(() -> "Scheduled " + step + " could not run (" + why + "); " + step.scheduledBy() + " is told");
    }

    private boolean claim(long id, ScheduledStepState to, ScheduleFailure why, Instant now) {
        return em.createQuery("""
                        update ScheduledStep s set s.state = :to, s.failure = :why, s.settledAt = :now,
                               s.settledBy = s.scheduledBy, s.version = s.version + 1
                        where s.id = :id and s.state = :pending""")
                .setParameter("to", to).setParameter("why", why).setParameter("now", now).setParameter("id", id)
                .setParameter("pending", ScheduledStepState.PENDING).executeUpdate() == 1;
    }

    /** The reviewer as they are now: their account's roles, none if it is disabled or gone. */
    private Actor reviewer(String username) {
        Set<Role> roles = accounts.findByUsername(username).filter(Account::isEnabled).map(Account::roles)
                .orElse(Set.of());
        return new Actor(username, roles, false);
    }
}
