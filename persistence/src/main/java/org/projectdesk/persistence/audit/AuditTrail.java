package org.projectdesk.persistence.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.projectdesk.persistence.entry.EditorialStep;

import java.time.Clock;

/**
 * Writes audit events, in the transaction of what they tell of: a step that rolls back leaves no
 * event, one that commits always leaves its event. Anyone may write (a failed sign-in has no
 * caller yet); only administrators read ({@link AuditQueries}). Nothing here changes or deletes an event.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Records an event that happened now. */
    public void record(AuditKind kind, String person, String entrySlug, String detail) {
        em.persist(new AuditEvent(clock.instant(), kind, person, entrySlug, detail));
    }

    /** Records an event that the signed-in caller caused now. */
    public void byCaller(AuditKind kind, String entrySlug, String detail) {
        record(kind, context.getCallerPrincipal().getName(), entrySlug, detail);
    }

    /** Every workflow step, in its transaction (fired by the editorial service and the scheduler). */
    public void stepTaken(@Observes EditorialStep step) {
        record(AuditKind.WORKFLOW_STEP, step.actor(), step.slug(), step.action() + " revision " + step.revisionNumber()
                + (step.onSchedule() ? " on schedule" : "") + step.remark().map(remark -> ": " + remark).orElse(""));
    }
}
