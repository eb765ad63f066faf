package org.projectdesk.persistence.schedule;

import org.projectdesk.domain.shared.DomainException;

/** The scheduled step already ran, failed or was cancelled: it can no longer be cancelled. */
public class ScheduleSettledException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ScheduleSettledException(Long id, ScheduledStepState state) {
        super("error.schedule.settled", "The scheduled step {0} is already {1}.", id, state);
    }
}
