package org.projectdesk.web.view.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EntrySummary;

import java.util.List;

/** Backs {@code /desk/queue}: the revisions in review, the oldest submission first. */
@Named
@RequestScoped
public class QueuePage {

    @Inject
    private EditorialQueries queries;

    private List<EntrySummary> entries;

    public void load() {
        entries = queries.reviewQueue();
    }

    public List<EntrySummary> getEntries() {
        return entries;
    }
}
