package org.projectdesk.persistence.schedule;

import java.io.Serializable;
import java.time.Instant;

/** A scheduled step as the queue and the review page show it. */
public record ScheduledStepView(long id, long entryId, String slug, String title, ScheduledStepKind kind,
                                Instant dueAt, String scheduledBy, ScheduledStepState state, String failure) implements Serializable {

    static ScheduledStepView of(ScheduledStep step) {
        return new ScheduledStepView(step.id(), step.entry().id(), step.entry().slug().value(),
                step.entry().latestRevision().content().title().english(), step.kind(), step.dueAt(),
                step.scheduledBy(), step.state(), step.failure().map(Enum::name).orElse(null));
    }
}
