package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.entry.Transition;
import org.projectdesk.domain.entry.WorkflowAction;

import java.io.Serializable;
import java.time.Instant;

/** One recorded workflow step, for the history page; {@code onSchedule} when the server carried out a scheduled step. */
public record TransitionView(int revisionNumber, WorkflowAction action, RevisionState from, RevisionState to,
                             String actor, Instant at, String comment, boolean onSchedule) implements Serializable {

    static TransitionView of(Transition transition) {
        return new TransitionView(transition.revisionNumber(), transition.action(),
                transition.fromState().orElse(null), transition.toState(), transition.actor(),
                transition.occurredAt(), transition.comment().orElse(null), transition.onSchedule());
    }
}
