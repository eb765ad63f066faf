package org.projectdesk.persistence.schedule;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.persistence.audit.AuditKind;
import org.projectdesk.persistence.audit.AuditTrail;
import org.projectdesk.persistence.entry.CallerActor;
import org.projectdesk.persistence.entry.EditConflictException;
import org.projectdesk.persistence.entry.UnknownEntryException;
import org.projectdesk.persistence.notify.Notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import static org.projectdesk.domain.entry.Roles.ADMIN;
import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;

/**
 * Scheduling publications and unpublications: a reviewer approves the revision in review "to be
 * published at" a time, or schedules the published one to go offline; the server carries it out then
 * ({@link ScheduledStepRunner}). Scheduling checks now what the step will check then (role, state,
 * four-eyes), for the entry version the reviewer saw.
 */
@Stateless
public class Schedules {

    private static final Logger LOG = Logger.getLogger(Schedules.class.getName());

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** Approves the revision in review, to be published at that time (not before). */
    @RolesAllowed({REVIEWER, ADMIN})
    public ScheduledStepView schedulePublication(long entryId, long expectedVersion, Instant at) {
        ProjectEntry entry = entry(entryId, expectedVersion);
        ScheduledStep step = schedule(entry, WorkflowAction.APPROVE, ScheduledStepKind.PUBLISH, at, null);
        notifications.scheduled(entry, step.scheduledBy());
        return ScheduledStepView.of(step);
    }

    /** Takes the published revision offline at that time; the reason is optional. */
    @RolesAllowed({REVIEWER, ADMIN})
    public ScheduledStepView scheduleUnpublication(long entryId, long expectedVersion, Instant at, String reason) {
        ProjectEntry entry = entry(entryId, expectedVersion);
        return ScheduledStepView.of(schedule(entry, WorkflowAction.UNPUBLISH, ScheduledStepKind.UNPUBLISH, at, reason));
    }

    /** Cancels a step that has not run yet. */
    @RolesAllowed({REVIEWER, ADMIN})
    public void cancel(long stepId) {
        ScheduledStep step = em.find(ScheduledStep.class, stepId);
        if (step == null) {
            throw new UnknownScheduledStepException(stepId);
        }
        String by = CallerActor.of(context).username();
        step.cancel(by, clock.instant());
        audit.record(AuditKind.SCHEDULE_CANCELLED, by, step.entry().slug().value(), step.kind() + " at " + step.dueAt());
        LOG.info(() -> by + " cancelled " + step);
    }

    /** The steps waiting to run, soonest first (the queue shows them). */
    @RolesAllowed({EDITOR, REVIEWER, ADMIN})
    public List<ScheduledStepView> pending() {
        return em.createQuery("""
                        select s from ScheduledStep s join fetch s.entry
                        where s.state = :pending order by s.dueAt, s.id""", ScheduledStep.class)
                .setParameter("pending", ScheduledStepState.PENDING).getResultList().stream()
                .map(ScheduledStepView::of).toList();
    }

    /** Every step scheduled for the entry, newest first. */
    @RolesAllowed({EDITOR, REVIEWER, ADMIN})
    public List<ScheduledStepView> forEntry(long entryId) {
        return em.createQuery("""
                        select s from ScheduledStep s join fetch s.entry
                        where s.entry.id = :entry order by s.scheduledAt desc, s.id desc""", ScheduledStep.class)
                .setParameter("entry", entryId).getResultList().stream().map(ScheduledStepView::of).toList();
    }

    private ScheduledStep schedule(ProjectEntry entry, WorkflowAction action, ScheduledStepKind kind, Instant at,
                                   String remark) {
        Actor actor = CallerActor.of(context);
        entry.refuseUnlessAllowed(action, actor);
        boolean alreadyPending = !em.createQuery("""
                        select s.id from ScheduledStep s
                        where s.entry = :entry and s.kind = :kind and s.state = :pending""", Long.class)
                .setParameter("entry", entry).setParameter("kind", kind)
                .setParameter("pending", ScheduledStepState.PENDING).getResultList().isEmpty();
        if (alreadyPending) {
            throw new AlreadyScheduledException(entry.slug().value(), kind);
        }
        ScheduledStep step = new ScheduledStep(entry, kind, at, actor.username(), clock.instant(), remark);
        em.persist(step);
        audit.record(AuditKind.SCHEDULED, actor.username(), entry.slug().value(), kind + " at " + at);
        LOG.info(() -> actor + " scheduled " + step);
        return step;
    }

    private ProjectEntry entry(long entryId, long expectedVersion) {
        ProjectEntry entry = em.find(ProjectEntry.class, entryId);
        if (entry == null) {
            throw new UnknownEntryException(entryId);
        }
        if (entry.version() != expectedVersion) {
            throw EditConflictException.simultaneous();
        }
        return entry;
    }
}
