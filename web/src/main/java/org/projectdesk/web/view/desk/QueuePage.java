package org.projectdesk.web.view.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EntrySummary;
import org.projectdesk.persistence.schedule.ScheduledStepView;
import org.projectdesk.persistence.schedule.Schedules;

import java.util.List;

/** Backs {@code /desk/queue}: the revisions in review, the oldest submission first, and the scheduled steps. */
@Named
@RequestScoped
public class QueuePage {

    @Inject
    private EditorialQueries queries;

    @Inject
    private Schedules schedules;

    private List<EntrySummary> entries;
    private List<ScheduledStepView> scheduled;

    public void load() {
        entries = queries.reviewQueue();
        scheduled = schedules.pending();
    }

    public List<ScheduledStepView> getScheduled() {
        return scheduled;
    }

    public List<EntrySummary> getEntries() {
        return entries;
    }
}
