package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Transition;
import org.projectdesk.domain.entry.WorkflowAction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A workflow step just taken, fired inside the step's transaction (CDI event) so that whatever
 * follows from it (the audit event, the notices, the outgoing mail) commits or rolls back with it.
 */
public record EditorialStep(long entryId, String slug, WorkflowAction action, int revisionNumber, String actor,
                            Instant at, boolean onSchedule, String comment) {

    /** The step the transition records, on that entry. */
    public static EditorialStep of(ProjectEntry entry, Transition transition) {
        return new EditorialStep(entry.id(), entry.slug().value(), transition.action(), transition.revisionNumber(),
                transition.actor(), transition.occurredAt(), transition.onSchedule(),
                transition.comment().orElse(null));
    }

    /** The first step the entry recorded after it had {@code stepsBefore} steps, if it recorded one. */
    public static Optional<EditorialStep> firstSince(ProjectEntry entry, int stepsBefore) {
        List<Transition> history = entry.history();
        return history.size() > stepsBefore ? Optional.of(of(entry, history.get(stepsBefore))) : Optional.empty();
    }

    public Optional<String> remark() {
        return Optional.ofNullable(comment);
    }
}
