package org.projectdesk.persistence.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.ejb.EJBException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries out the scheduled steps that are due, every {@code projectdesk.scheduler.seconds} (20, so
 * a step runs within a minute of its time). Every server sharing the database runs it; each step is
 * claimed by one of them ({@link ScheduledStepWork}). A step that cannot run is recorded as FAILED and
 * reported to its reviewer.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledStepRunner {

    private static final Logger LOG = Logger.getLogger(ScheduledStepRunner.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ScheduledStepWork work;

    @Inject
    @ConfigProperty(name = "projectdesk.scheduler.seconds", defaultValue = "20")
    long intervalSeconds;

    @PostConstruct
    void start() {
        long interval = Math.max(1, intervalSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("scheduled steps", false));
    }

    @Timeout
    void tick() {
        runDue();
    }

    /** Runs every step that is due now; returns how many this run carried out. */
    public int runDue() {
        int done = 0;
        for (long id : work.due()) {
            try {
                if (work.carryOut(id)) {
                    done++;
                }
            } catch (ScheduleCannotRunException e) {
                work.fail(id, e.failure());
            } catch (EJBException e) {
                // another run holds the step (or the entry) right now: it settles it, or the next tick does
                LOG.log(Level.FINE, "Scheduled step " + id + " is busy elsewhere", e);
            }
        }
        return done;
    }
}
