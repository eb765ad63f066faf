package org.projectdesk.domain.entry;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.projectdesk.domain.shared.DomainException;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.domain.reference.Organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A project as the editors know it, reachable at {@code /projects/{slug}}: the aggregate root of
 * its numbered {@link Revision}s, of which at most one is published (what the public sees) and at
 * most one is open (a DRAFT or IN_REVIEW revision). Every change goes through a method named after
 * a {@link WorkflowAction}; each checks, in this order, the actor's role, the state, the four-eyes
 * rule, the comment and the content's readiness, then records a {@link Transition}.
 */
@Entity
@Table(name = "project_entry")
public class ProjectEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_entry_seq")
    @SequenceGenerator(name = "project_entry_seq", sequenceName = "project_entry_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "slug", length = Slug.MAX_LENGTH, nullable = false, unique = true))
    private Slug slug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = Revision.MAX_USERNAME_LENGTH, nullable = false)
    private String createdBy;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number ASC")
    private List<Revision> revisions = new ArrayList<>();

    @OneToOne
    @JoinColumn(name = "published_revision_id")
    private Revision publishedRevision;

    @OneToOne
    @JoinColumn(name = "draft_revision_id")
    private Revision draftRevision;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<Transition> transitions = new ArrayList<>();

    protected ProjectEntry() {
        // for Jakarta Persistence
    }

    private ProjectEntry(Slug slug, Actor by, Instant at) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.createdBy = by.username();
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    // --- starting an entry ---

    /** A new entry whose first revision is a DRAFT written by an editor. Check the slug with {@link SlugAllocator} first. */
    public static ProjectEntry create(Slug slug, ProjectContent content, Actor by, Instant at) {
        refuseUnlessPermitted(WorkflowAction.CREATE, by);
        ProjectEntry entry = new ProjectEntry(slug, by, at);
        Revision first = entry.addRevision(RevisionState.DRAFT, content, by, at, null);
        entry.draftRevision = first;
        entry.record(first, WorkflowAction.CREATE, null, by, at, null);
        return entry;
    }

    /**
     * An entry taken over from the legacy site: its first revision is PUBLISHED at once, recorded as
     * done by the importer. Only a {@linkplain Actor#system system actor} may import; the content
     * need not be complete (the legacy page was public as it is).
     */
    public static ProjectEntry imported(Slug slug, ProjectContent content, Actor importer, Instant at) {
        refuseUnlessPermitted(WorkflowAction.IMPORT, importer);
        ProjectEntry entry = new ProjectEntry(slug, importer, at);
        Revision first = entry.addRevision(RevisionState.PUBLISHED, content, importer, at, null);
        first.markPublished(importer, at);
        entry.publishedRevision = first;
        entry.record(first, WorkflowAction.IMPORT, null, importer, at, null);
        return entry;
    }

    // --- the workflow ---

    /**
     * Replaces the open draft's content. Returns false, changing nothing, when the content is the
     * same as before (so merely saving does not make a reviewer the draft's last editor).
     */
    public boolean editDraft(ProjectContent content, Actor by, Instant at) {
        Objects.requireNonNull(content, "content");
        Revision draft = subjectOf(WorkflowAction.EDIT, by);
        if (draft.content().equals(content)) {
            return false;
        }
        draft.replaceContent(content, by, at);
        record(draft, WorkflowAction.EDIT, RevisionState.DRAFT, by, at, null);
        return true;
    }

    /** Sends the open draft to the reviewers; refused with the list of problems if it is not complete. */
    public void submitForReview(Actor by, Instant at) {
        Revision draft = subjectOf(WorkflowAction.SUBMIT, by);
        List<ReadinessProblem> problems = draft.content().readinessProblems();
        if (!problems.isEmpty()) {
            throw new NotReadyForReviewException(draft.number(), problems);
        }
        draft.markSubmitted(by, at);
        move(draft, WorkflowAction.SUBMIT, by, at, null);
    }

    /** Takes the revision in review back to DRAFT so it can be changed. */
    public void withdrawFromReview(Actor by, Instant at) {
        Revision draft = subjectOf(WorkflowAction.WITHDRAW, by);
        draft.clearSubmission();
        move(draft, WorkflowAction.WITHDRAW, by, at, null);
    }

    /** Publishes the revision in review without a comment; see {@link #approve(Actor, Instant, String)}. */
    public void approve(Actor by, Instant at) {
        approve(by, at, null);
    }

    /**
     * Publishes the revision in review. The previously published revision, if any, becomes ARCHIVED.
     * Refused to its last editor and to its submitter, whatever their roles. The comment is optional;
     * it is recorded with the step and kept on the revision for the editors.
     */
    public void approve(Actor by, Instant at, String comment) {
        Revision candidate = subjectOf(WorkflowAction.APPROVE, by);
        String checked = checkedComment(WorkflowAction.APPROVE, comment);
        Revision previous = publishedRevision;
        candidate.markPublished(by, at);
        candidate.recordReviewComment(checked);
        move(candidate, WorkflowAction.APPROVE, by, at, checked);
        draftRevision = null;
        publishedRevision = candidate;
        if (previous != null) {
            previous.moveTo(RevisionState.ARCHIVED);
            record(previous, WorkflowAction.APPROVE, RevisionState.PUBLISHED, by, at, null);
        }
    }

    /** Returns the revision in review to the editors as a DRAFT, with a comment they will see. */
    public void requestChanges(Actor by, Instant at, String comment) {
        requestChanges(by, at, comment, 0);
    }

    /**
     * Returns the revision in review to the editors as a DRAFT. It needs a general comment, unless
     * the revision has open comment threads (which say what to change, field by field).
     */
    public void requestChanges(Actor by, Instant at, String comment, int openThreads) {
        Revision draft = subjectOf(WorkflowAction.REQUEST_CHANGES, by);
        String checked = openThreads > 0 && (comment == null || comment.isBlank()) ? null
                : checkedComment(WorkflowAction.REQUEST_CHANGES, comment);
        draft.clearSubmission();
        draft.recordReviewComment(checked);
        move(draft, WorkflowAction.REQUEST_CHANGES, by, at, checked);
    }

    /**
     * Takes the published revision offline (ARCHIVED); the entry is then no longer public. Nothing is
     * deleted; {@link #republish} puts it back. The reason is optional and recorded.
     */
    public void unpublish(Actor by, Instant at, String reason) {
        Revision published = subjectOf(WorkflowAction.UNPUBLISH, by);
        String checked = checkedComment(WorkflowAction.UNPUBLISH, reason);
        publishedRevision = null;
        move(published, WorkflowAction.UNPUBLISH, by, at, checked);
    }

    /** Puts the revision that was unpublished back online; only while no revision is published. */
    public void republish(Actor by, Instant at) {
        Revision unpublished = subjectOf(WorkflowAction.REPUBLISH, by);
        publishedRevision = unpublished;
        move(unpublished, WorkflowAction.REPUBLISH, by, at, null);
    }

    /**
     * Gives up the open DRAFT: it becomes DISCARDED (kept in the history, never published). A
     * published revision stays online as it is; an entry that was never published is then left with
     * nothing to work on, and the desk's lists leave it out ({@link #isAbandoned()}).
     */
    public void discardDraft(Actor by, Instant at) {
        Revision draft = subjectOf(WorkflowAction.DISCARD, by);
        draftRevision = null;
        move(draft, WorkflowAction.DISCARD, by, at, null);
    }

    /**
     * Opens a forward revision: a new DRAFT holding a copy of the published content. The published
     * revision stays online, unchanged, until the new one is approved. Refused while a draft is open.
     */
    public Revision startRevision(Actor by, Instant at) {
        Revision published = subjectOf(WorkflowAction.START_REVISION, by);
        return openCopyOf(published, WorkflowAction.START_REVISION, by, at);
    }

    /** Opens a new DRAFT holding a copy of an earlier revision's content. Refused while a draft is open. */
    public Revision restoreAsDraft(int revisionNumber, Actor by, Instant at) {
        refusalToRestore(revisionNumber, by).ifPresent(ProjectEntry::raise);
        return openCopyOf(revision(revisionNumber), WorkflowAction.RESTORE, by, at);
    }

    // --- steps a reviewer scheduled ---

    /**
     * Carries out an approval the reviewer scheduled, at its time: the same checks as
     * {@link #approve}, for the reviewer as they are now, recorded as done on schedule.
     */
    public void approveOnSchedule(Actor reviewer, Instant at) {
        int before = transitions.size();
        approve(reviewer, at);
        markOnScheduleSince(before);
    }

    /** Carries out an unpublication the reviewer scheduled, at its time, recorded as done on schedule. */
    public void unpublishOnSchedule(Actor reviewer, Instant at, String reason) {
        int before = transitions.size();
        unpublish(reviewer, at, reason);
        markOnScheduleSince(before);
    }

    private void markOnScheduleSince(int firstNew) {
        transitions.subList(firstNew, transitions.size()).forEach(Transition::markOnSchedule);
    }

    // --- asking what is allowed ---

    /** Throws the reason why the actor may not take the action now (role, state, four-eyes), if there is one. */
    public void refuseUnlessAllowed(WorkflowAction action, Actor actor) {
        refusal(action, actor).ifPresent(ProjectEntry::raise);
    }

    /**
     * The actions this actor may take now, for showing the right buttons (CREATE and IMPORT never
     * apply to an existing entry; RESTORE is listed if some revision can be restored). A comment or
     * a complete content may still be required when the action is taken.
     */
    public Set<WorkflowAction> allowedActions(Actor actor) {
        Set<WorkflowAction> allowed = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction action : WorkflowAction.values()) {
            if (action == WorkflowAction.RESTORE) {
                if (revisions.stream().anyMatch(r -> refusalToRestore(r.number(), actor).isEmpty())) {
                    allowed.add(action);
                }
            } else if (!action.createsRevision() || action == WorkflowAction.START_REVISION) {
                if (refusal(action, actor).isEmpty()) {
                    allowed.add(action);
                }
            }
        }
        return allowed;
    }

    /** Whether the actor may take the action now (see {@link #allowedActions}). */
    public boolean allows(WorkflowAction action, Actor actor) {
        return allowedActions(actor).contains(action);
    }

    // --- queries ---

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Slug slug() {
        return slug;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** The revision the public sees, if any. */
    public Optional<Revision> publishedRevision() {
        return Optional.ofNullable(publishedRevision);
    }

    /** The open DRAFT or IN_REVIEW revision, if any. */
    public Optional<Revision> openDraft() {
        return Optional.ofNullable(draftRevision);
    }

    /** Whether a revision is published. */
    public boolean isPublic() {
        return publishedRevision != null;
    }

    /** Whether every revision was discarded: nothing was ever published and nothing is open. */
    public boolean isAbandoned() {
        return revisions.stream().allMatch(r -> r.state() == RevisionState.DISCARDED);
    }

    /**
     * Two organisations were merged into one: every revision of the entry, published, archived or
     * in the works, names {@code into} where it named {@code from}. The only change ever made to a
     * published revision's content, and only to what it points to: the organisation it meant stays
     * the same one, under the name that is kept.
     */
    public void organisationMerged(Organisation from, Organisation into) {
        revisions.forEach(revision -> revision.organisationMerged(from, into));
    }

    /** Every revision, by number. */
    public List<Revision> revisions() {
        return Collections.unmodifiableList(revisions);
    }

    /** The revision with that number. */
    public Revision revision(int number) {
        return findRevision(number).orElseThrow(() -> new UnknownRevisionException(slug, number));
    }

    public Optional<Revision> findRevision(int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst();
    }

    /**
     * The revision the desk shows as the entry: the open draft, else the published one, else the
     * latest one not discarded (an unpublished entry), else the latest (an abandoned entry).
     */
    public Revision currentRevision() {
        return openDraft().or(this::publishedRevision)
                .or(() -> revisions.stream().filter(r -> r.state() != RevisionState.DISCARDED)
                        .max(Comparator.comparingInt(Revision::number)))
                .orElseGet(this::latestRevision);
    }

    /** The highest-numbered revision: the open draft if there is one. */
    public Revision latestRevision() {
        return revisions.stream().max(Comparator.comparingInt(Revision::number)).orElseThrow();
    }

    /** Every recorded step, oldest first. */
    public List<Transition> history() {
        return Collections.unmodifiableList(transitions);
    }

    /** The recorded steps of one revision, oldest first. */
    public List<Transition> history(int revisionNumber) {
        return transitions.stream().filter(t -> t.revisionNumber() == revisionNumber).toList();
    }

    // --- the rules ---

    /** The revision the action acts on, after checking role, state and four-eyes; throws the refusal. */
    private Revision subjectOf(WorkflowAction action, Actor actor) {
        refusal(action, actor).ifPresent(ProjectEntry::raise);
        return currentSubject(action);
    }

    /** Why the actor may not take the action now (not looking at comments or readiness), if they may not. */
    private Optional<DomainException> refusal(WorkflowAction action, Actor actor) {
        if (!actor.mayTake(action)) {
            return Optional.of(new ActionNotPermittedException(action, actor));
        }
        if (action == WorkflowAction.START_REVISION && draftRevision != null) {
            return Optional.of(new DraftAlreadyOpenException(draftRevision));
        }
        if (action == WorkflowAction.REPUBLISH && publishedRevision != null) {
            return Optional.of(IllegalTransitionException.alreadyPublished(action, publishedRevision));
        }
        Revision subject = currentSubject(action);
        if (subject == null) {
            return Optional.of(switch (action) {
                case UNPUBLISH, START_REVISION -> IllegalTransitionException.nothingPublished(action);
                case REPUBLISH -> IllegalTransitionException.nothingToRepublish(action);
                default -> IllegalTransitionException.noOpenDraft(action);
            });
        }
        return refusalOn(subject, action, actor);
    }

    /** State and four-eyes checks on the revision the action would act on. */
    private static Optional<DomainException> refusalOn(Revision subject, WorkflowAction action, Actor actor) {
        if (!action.startsFrom(subject.state())) {
            return Optional.of(IllegalTransitionException.wrongState(action, subject));
        }
        if (action.fourEyes()) {
            if (actor.is(subject.lastEditedBy())) {
                return Optional.of(FourEyesViolationException.lastEditor(action, subject));
            }
            if (subject.submittedBy().filter(actor::is).isPresent()) {
                return Optional.of(FourEyesViolationException.submitter(action, subject));
            }
        }
        return Optional.empty();
    }

    private Optional<DomainException> refusalToRestore(int revisionNumber, Actor actor) {
        if (!actor.mayTake(WorkflowAction.RESTORE)) {
            return Optional.of(new ActionNotPermittedException(WorkflowAction.RESTORE, actor));
        }
        Optional<Revision> source = findRevision(revisionNumber);
        if (source.isEmpty()) {
            return Optional.of(new UnknownRevisionException(slug, revisionNumber));
        }
        if (draftRevision != null) {
            return Optional.of(new DraftAlreadyOpenException(draftRevision));
        }
        return refusalOn(source.get(), WorkflowAction.RESTORE, actor);
    }

    /** The revision an action on an existing entry acts on, or null if there is none. */
    private Revision currentSubject(WorkflowAction action) {
        return switch (action) {
            case EDIT, SUBMIT, WITHDRAW, APPROVE, REQUEST_CHANGES, DISCARD -> draftRevision;
            case UNPUBLISH, START_REVISION -> publishedRevision;
            case REPUBLISH -> lastUnpublished();
            case CREATE, IMPORT, RESTORE -> throw new IllegalArgumentException(action + " has no current subject");
        };
    }

    /**
     * The revision that was unpublished, while none is published: the latest one ever published
     * (only approval publishes a new revision, and the approved one is always the newest).
     */
    private Revision lastUnpublished() {
        if (publishedRevision != null) {
            return null;
        }
        return revisions.stream()
                .filter(r -> r.state() == RevisionState.ARCHIVED && r.wasEverPublished())
                .max(Comparator.comparingInt(Revision::number))
                .orElse(null);
    }

    private static void refuseUnlessPermitted(WorkflowAction action, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.mayTake(action)) {
            throw new ActionNotPermittedException(action, actor);
        }
    }

    private static void raise(DomainException refusal) {
        throw refusal;
    }

    private static String checkedComment(WorkflowAction action, String comment) {
        String stripped = comment == null || comment.isBlank() ? null : comment.strip();
        if (stripped == null && action.commentRequired()) {
            throw new CommentRequiredException(action);
        }
        if (stripped != null && stripped.length() > Revision.MAX_COMMENT_LENGTH) {
            throw new InvalidValueException("comment", "error.workflow.commentTooLong",
                    "A comment may have at most {0} characters.", Revision.MAX_COMMENT_LENGTH);
        }
        return stripped;
    }

    // --- changes ---

    private Revision openCopyOf(Revision source, WorkflowAction action, Actor by, Instant at) {
        Revision draft = addRevision(RevisionState.DRAFT, source.content(), by, at, source.number());
        draft.continueTextStampsOf(source);
        draftRevision = draft;
        record(draft, action, null, by, at, null);
        return draft;
    }

    private Revision addRevision(RevisionState state, ProjectContent content, Actor by, Instant at, Integer basedOn) {
        Objects.requireNonNull(content, "content");
        int number = revisions.stream().mapToInt(Revision::number).max().orElse(0) + 1;
        Revision revision = new Revision(this, number, state, content, by, at, basedOn);
        revisions.add(revision);
        return revision;
    }

    private void move(Revision revision, WorkflowAction action, Actor by, Instant at, String comment) {
        RevisionState from = revision.state();
        revision.moveTo(action.to());
        record(revision, action, from, by, at, comment);
    }

    private void record(Revision revision, WorkflowAction action, RevisionState from, Actor by, Instant at,
                        String comment) {
        transitions.add(new Transition(this, revision.number(), action, from, revision.state(), by,
                Objects.requireNonNull(at, "at"), comment));
    }

    /** Two entries are the same if they have the same slug. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ProjectEntry that && slug().equals(that.slug());
    }

    @Override
    public int hashCode() {
        return slug().hashCode();
    }

    @Override
    public String toString() {
        return "entry " + slug;
    }
}
