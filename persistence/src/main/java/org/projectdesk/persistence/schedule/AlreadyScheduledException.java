package org.projectdesk.persistence.schedule;

import org.projectdesk.domain.shared.DomainException;

/** The entry already has a step of that kind waiting; cancel it first. */
public class AlreadyScheduledException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AlreadyScheduledException(String slug, ScheduledStepKind kind) {
        super("error.schedule.already", "{0} already has a scheduled {1}; cancel it first.", slug, kind);
    }
}
