package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.Transition;
import org.projectdesk.domain.entry.WorkflowAction;

import java.time.Instant;

/** A reviewer's decision on a revision (approved, or sent back), for the reviewer's desk. */
public record DecisionView(long entryId, String slug, String title, int revisionNumber, WorkflowAction action,
                           Instant at, String comment) {

    static DecisionView of(Transition decision, Revision revision) {
        return new DecisionView(revision.entry().id(), revision.entry().slug().value(),
                revision.content().title().english(), revision.number(), decision.action(), decision.occurredAt(),
                decision.comment().orElse(null));
    }
}
