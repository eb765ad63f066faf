package org.projectdesk.persistence.schedule;

import org.projectdesk.domain.shared.NotFoundException;

/** No scheduled step has that id. */
public class UnknownScheduledStepException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownScheduledStepException(long id) {
        super("error.schedule.unknown", "There is no scheduled step {0}.", id);
    }
}
