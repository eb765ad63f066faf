package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryDetails;
import org.projectdesk.persistence.entry.EntryRef;
import org.projectdesk.persistence.entry.RevisionView;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.DeskNavigation;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Backs {@code /desk/history?id=…}: every revision and every recorded step of an entry; restores
 * an earlier revision as a new draft; unpublishes and republishes the entry.
 */
@Named
@ViewScoped
public class HistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EditorialService editorial;

    @Inject
    private EditorialQueries queries;

    @Inject
    private DeskMessages messages;

    @Inject
    private DeskSteps steps;

    @Inject
    private DeskNavigation navigation;

    private Long id;
    private EntryDetails details;
    private String reason;

    public void load() {
        details = navigation.lookUp(id, () -> queries.details(id)).orElse(null);
    }

    public void restore(int revisionNumber) {
        act(() -> editorial.restore(id, details.version(), revisionNumber), "desk.history.restored", true);
    }

    public void unpublish() {
        act(() -> editorial.unpublish(id, details.version(), reason), "desk.history.unpublished", false);
    }

    public void republish() {
        act(() -> editorial.republish(id, details.version()), "desk.history.republished", false);
    }

    /** Gives up the open draft; the history (this page) shows what is left. */
    public void discardDraft() {
        act(() -> editorial.discardDraft(id, details.version()), "desk.history.discarded", false);
    }

    /** The title the public sees (the published revision's), or null while nothing is published. */
    public String getPublicTitle() {
        Integer published = details.publishedRevisionNumber();
        return published == null ? null : details.revisions().stream()
                .filter(revision -> revision.number() == published)
                .map(RevisionView::title).findFirst().orElse(null);
    }

    /** The open draft's title where it differs from the public one (the heading shows the public one). */
    public String getOtherDraftTitle() {
        String draftTitle = details.content().title().english();
        return details.isOpen() && details.live() && !draftTitle.equals(getPublicTitle()) ? draftTitle : null;
    }

    /** The title to name the entry by: the public one, else the current revision's. */
    public String getTitle() {
        String published = getPublicTitle();
        return published != null ? published : details.content().title().english();
    }

    /** What unpublishing will do, naming the entry, for the confirmation. */
    public String getUnpublishWarning() {
        return messages.text("desk.confirm.unpublish", getTitle());
    }

    /** What discarding the draft will do, naming the entry, for the confirmation. */
    public String getDiscardWarning() {
        return messages.text(details.live() ? "desk.confirm.discardPublished" : "desk.confirm.discardNeverPublished",
                getTitle(), details.revisionNumber());
    }

    /** What restoring the revision will do, naming the entry, for the confirmation. */
    public String restoreWarning(int revisionNumber) {
        return messages.text(details.live() ? "desk.confirm.restorePublished" : "desk.confirm.restore",
                getTitle(), revisionNumber);
    }

    private void act(Supplier<EntryRef> step, String doneKey, boolean toForm) {
        steps.of(step)
                .afterRefusal(() -> details = queries.details(id))
                .run(done -> steps.redirect((toForm ? "/desk/entry?id=" : "/desk/history?id=") + id, doneKey, done.slug()));
    }

    public boolean allows(String action) {
        return details.allows(WorkflowAction.valueOf(action));
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
