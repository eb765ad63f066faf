package org.projectdesk.persistence.schedule;

import org.projectdesk.domain.shared.DomainException;

/** A scheduled step found the entry or its reviewer no longer as they were when it was scheduled. */
public class ScheduleCannotRunException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final ScheduleFailure failure;

    public ScheduleCannotRunException(ScheduleFailure failure) {
        super("error.schedule." + failure.name(), "The scheduled step cannot run: {0}.", failure);
        this.failure = failure;
    }

    public ScheduleFailure failure() {
        return failure;
    }
}
