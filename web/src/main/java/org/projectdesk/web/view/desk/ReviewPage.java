package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.entry.CommentRequiredException;
import org.projectdesk.domain.entry.FieldChange;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryDetails;
import org.projectdesk.persistence.entry.EntryRef;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.DeskNavigation;
import org.projectdesk.web.security.DeskUser;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Backs {@code /desk/review?id=…}: the revision in review against the live version, field by field
 * and language by language, with Approve and Request changes (a comment is required, and kept on
 * the page if the step is refused).
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

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

    @Inject
    private DeskUser user;

    private Long id;
    private EntryDetails details;
    private String comment;
    private String commentProblem;

    public void load() {
        details = navigation.lookUp(id, () -> queries.details(id)).orElse(null);
    }

    public void approve() {
        act(() -> editorial.approve(id, details.version(), comment), "desk.review.approved");
    }

    public void requestChanges() {
        act(() -> editorial.requestChanges(id, details.version(), comment), "desk.review.changesRequested");
    }

    private void act(Supplier<EntryRef> step, String doneKey) {
        commentProblem = null;
        steps.of(step)
                .onRefusal(CommentRequiredException.class, refusal -> {
                    commentProblem = messages.text(refusal);
                    messages.error(null, refusal);
                })
                .afterRefusal(() -> details = queries.details(id))
                .run(done -> steps.redirect("/desk/queue", doneKey, done.slug()));
    }

    public boolean allows(String action) {
        return details.allows(WorkflowAction.valueOf(action));
    }

    /** Whether the person may decide on this revision now (approve it, or send it back). */
    public boolean isDeciding() {
        return details.allows(WorkflowAction.APPROVE) || details.allows(WorkflowAction.REQUEST_CHANGES);
    }

    /**
     * Why the person sees this revision read-only: the bundle key of one sentence (their roles do
     * not let them decide, or the revision is no longer waiting for a decision).
     */
    public String getReadOnlyReason() {
        if (details.state() != RevisionState.IN_REVIEW) {
            return "desk.review.notInReview";
        }
        return user.isReviewer() ? "desk.review.cannotDecide" : "desk.review.reviewersOnly";
    }

    public List<FieldChange> getChanges() {
        return details.changesAgainstLive();
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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCommentProblem() {
        return commentProblem;
    }
}
