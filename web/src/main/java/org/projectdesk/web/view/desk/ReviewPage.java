package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.entry.CommentRequiredException;
import org.projectdesk.domain.entry.ContentDiff;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.persistence.entry.EditorialQueries;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryDetails;
import org.projectdesk.persistence.entry.EntryRef;
import org.projectdesk.persistence.entry.SentBackContents;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.DeskNavigation;
import org.projectdesk.web.desk.ReadableChanges;
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

    @Inject
    private ReadableChanges readable;

    private Long id;
    private EntryDetails details;
    private String comment;
    private String commentProblem;
    private List<ReadableChanges.ShownChange> changes = List.of();
    private SentBackContents.SentBack sentBack;
    private List<ReadableChanges.ShownChange> changesSinceSentBack = List.of();

    public void load() {
        details = navigation.lookUp(id, () -> queries.details(id)).orElse(null);
        if (details == null) {
            return;
        }
        ProjectContent live = details.publishedRevisionNumber() == null ? null
                : queries.revisionContent(id, details.publishedRevisionNumber());
        changes = readable.of(details.changesAgainstLive(), live, details.content());
        sentBack = details.state() == RevisionState.IN_REVIEW ? queries.sentBack(id).orElse(null) : null;
        changesSinceSentBack = sentBack == null ? List.of()
                : readable.of(ContentDiff.between(sentBack.content(), details.content()).changes(), sentBack.content(),
                details.content());
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
                .afterRefusal(this::load)
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

    /** The changes against the live version, readable. */
    public List<ReadableChanges.ShownChange> getChanges() {
        return changes;
    }

    /** The revision as a reviewer last sent it back, or null if it never was. */
    public SentBackContents.SentBack getSentBack() {
        return sentBack;
    }

    /** The changes since the revision was last sent back, readable (empty if it never was). */
    public List<ReadableChanges.ShownChange> getChangesSinceSentBack() {
        return changesSinceSentBack;
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
