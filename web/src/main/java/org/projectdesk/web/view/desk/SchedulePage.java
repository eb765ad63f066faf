package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EntryDetails;
import org.projectdesk.persistence.schedule.ScheduledStepView;
import org.projectdesk.persistence.schedule.Schedules;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskNavigation;
import org.projectdesk.web.desk.DeskSteps;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backs {@code /desk/schedule?id=…} (reviewers): approve the revision in review to be published at a
 * time, or schedule the published revision's unpublication; the entry's scheduled steps, with Cancel.
 * Times are in UTC, as everywhere on the desk, and say so.
 */
@Named
@ViewScoped
public class SchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String AT = "dueAt";

    @Inject
    private Schedules schedules;

    @Inject
    private EditorialQueries queries;

    @Inject
    private DeskNavigation navigation;

    @Inject
    private DeskSteps steps;

    @Inject
    private DeskMessages messages;

    private Long id;
    private EntryDetails details;
    private List<ScheduledStepView> scheduled;
    private String dueAt;
    private String reason;
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        details = navigation.lookUp(id, () -> queries.details(id)).orElse(null);
        if (details != null) {
            scheduled = schedules.forEntry(id);
        }
    }

    public void schedulePublication() {
        schedule(() -> schedules.schedulePublication(id, details.version(), parsedDueAt()));
    }

    public void scheduleUnpublication() {
        schedule(() -> schedules.scheduleUnpublication(id, details.version(), parsedDueAt(), reason));
    }

    public void cancel(long stepId) {
        steps.of(() -> schedules.cancel(stepId)).afterRefusal(this::load)
                .run(done -> steps.redirect("/desk/schedule?id=" + id, "desk.schedule.cancelled"));
    }

    private void schedule(Supplier<ScheduledStepView> step) {
        problems.clear();
        steps.of(step)
                .onRefusal(InvalidValueException.class, refusal -> problems.put(AT, messages.text(refusal)))
                .afterRefusal(this::load)
                .run(done -> steps.redirect("/desk/schedule?id=" + id, "desk.schedule.done", done.slug()));
    }

    /** The time typed (an HTML date-time, in UTC); a clear refusal next to the field if it is none. */
    private Instant parsedDueAt() {
        try {
            return LocalDateTime.parse(dueAt == null ? "" : dueAt.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(AT, "error.schedule.timeInvalid", "Give a date and a time.");
        }
    }

    public boolean allows(String action) {
        return details.allows(WorkflowAction.valueOf(action));
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EntryDetails getDetails() {
        return details;
    }

    public List<ScheduledStepView> getScheduled() {
        return scheduled;
    }

    public String getDueAt() {
        return dueAt;
    }

    public void setDueAt(String dueAt) {
        this.dueAt = dueAt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
