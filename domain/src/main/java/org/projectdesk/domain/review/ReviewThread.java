package org.projectdesk.domain.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A discussion of one revision between its editors and reviewers: about one field ({@link
 * CommentAnchor}, e.g. the donors) or in general. It can be answered and resolved while the
 * revision is open (DRAFT or IN_REVIEW); afterwards it stays with the revision, unchanged, in the
 * history. An aggregate of its own (a comment does not change the entry, so it never conflicts
 * with an editor's save), versioned so that two answers or resolutions never overwrite each other.
 */
@Entity
@Table(name = "review_thread")
public class ReviewThread implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_thread_seq")
    @SequenceGenerator(name = "review_thread_seq", sequenceName = "review_thread_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id", nullable = false)
    private Revision revision;

    @Column(name = "anchor", length = 40)
    private String anchor;

    @ElementCollection
    @CollectionTable(name = "review_thread_message", joinColumns = @JoinColumn(name = "thread_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    private List<ThreadMessage> messages = new ArrayList<>();

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ReviewThread() {
        // for Jakarta Persistence
    }

    private ReviewThread(Revision revision, CommentAnchor anchor) {
        this.revision = revision;
        this.anchor = anchor == null ? null : anchor.key();
    }

    /** Starts a thread on an open revision, about a field ({@code anchor}) or in general (null). */
    public static ReviewThread open(Revision revision, CommentAnchor anchor, Actor by, Instant at, String text) {
        Objects.requireNonNull(revision, "revision");
        refuseUnlessPermitted(CommentAction.OPEN, by);
        refuseUnlessOpen(revision);
        ReviewThread thread = new ReviewThread(revision, anchor);
        thread.messages.add(new ThreadMessage(by.username(), at, checked(text)));
        return thread;
    }

    /** Adds an answer; refused once the thread is resolved or the revision closed. */
    public void answer(Actor by, Instant at, String text) {
        refuseUnlessPermitted(CommentAction.ANSWER, by);
        refuseUnlessChangeable();
        messages.add(new ThreadMessage(by.username(), at, checked(text)));
    }

    /** Closes the thread; its messages stay. */
    public void resolve(Actor by, Instant at) {
        refuseUnlessPermitted(CommentAction.RESOLVE, by);
        refuseUnlessChangeable();
        this.resolvedBy = by.username();
        this.resolvedAt = Objects.requireNonNull(at, "at");
    }

    // --- queries ---

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Revision revision() {
        return revision;
    }

    /** The field it is about; empty for a general comment. */
    public Optional<CommentAnchor> anchor() {
        return Optional.ofNullable(anchor).flatMap(CommentAnchor::find);
    }

    public List<ThreadMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    /** Who started it. */
    public String openedBy() {
        return messages.get(0).author();
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public Optional<String> resolvedBy() {
        return Optional.ofNullable(resolvedBy);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    /** Whether it can still be answered and resolved. */
    public boolean isChangeable() {
        return !isResolved() && revision.isOpen();
    }

    // --- rules ---

    private void refuseUnlessChangeable() {
        if (isResolved()) {
            throw ThreadClosedException.resolved(resolvedBy);
        }
        refuseUnlessOpen(revision);
    }

    private static void refuseUnlessOpen(Revision revision) {
        if (!revision.isOpen()) {
            throw ThreadClosedException.revisionClosed(revision.number(), revision.state());
        }
    }

    private static void refuseUnlessPermitted(CommentAction action, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!action.permits(actor)) {
            throw new CommentNotPermittedException(action, actor);
        }
    }

    private static String checked(String text) {
        String printable = LocalizedText.printable(text);
        String stripped = printable == null ? "" : printable.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException("text", "error.comment.textRequired", "Please write the comment.");
        }
        if (stripped.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException("text", "error.comment.tooLong",
                    "A comment may have at most {0} characters.", MAX_TEXT_LENGTH);
        }
        return stripped;
    }

    @Override
    public String toString() {
        return "thread " + id + " on " + revision + (anchor == null ? "" : " about " + anchor);
    }
}
