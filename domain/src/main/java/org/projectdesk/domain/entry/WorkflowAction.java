package org.projectdesk.domain.entry;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.projectdesk.domain.entry.RevisionState.ARCHIVED;
import static org.projectdesk.domain.entry.RevisionState.DISCARDED;
import static org.projectdesk.domain.entry.RevisionState.DRAFT;
import static org.projectdesk.domain.entry.RevisionState.IN_REVIEW;
import static org.projectdesk.domain.entry.RevisionState.PUBLISHED;

/**
 * The editorial state machine as a table: for each action, the states of the revision it acts on,
 * the state that revision (or, for actions that create one, the new revision) ends in, the role
 * needed (ADMIN counts as every role), and which extra rules apply. {@link ProjectEntry} enforces
 * it; the web layer can read it to explain the workflow.
 */
public enum WorkflowAction {

    //               acts on revision in      leads to    needs           comment four-eyes ready  new rev.
    /** Write a new entry as its first draft. */
    CREATE(          none(),                  DRAFT,      Role.EDITOR,    false,  false,    false, true),
    /** Change the open draft's content. */
    EDIT(            Set.of(DRAFT),           DRAFT,      Role.EDITOR,    false,  false,    false, false),
    /** Ask for review; the content must have no readiness problems. */
    SUBMIT(          Set.of(DRAFT),           IN_REVIEW,  Role.EDITOR,    false,  false,    true,  false),
    /** Take a revision back out of review to change it. */
    WITHDRAW(        Set.of(IN_REVIEW),       DRAFT,      Role.EDITOR,    false,  false,    false, false),
    /** Publish; the previously published revision is archived. Not by its last editor nor its submitter. */
    APPROVE(         Set.of(IN_REVIEW),       PUBLISHED,  Role.REVIEWER,  false,  true,     false, false),
    /** Return to the editors with a comment saying what should change. */
    REQUEST_CHANGES( Set.of(IN_REVIEW),       DRAFT,      Role.REVIEWER,  true,   false,    false, false),
    /** Take the published revision offline; the entry then has none published. */
    UNPUBLISH(       Set.of(PUBLISHED),       ARCHIVED,   Role.REVIEWER,  false,  false,    false, false),
    /** Give up the open draft; it is kept in the history, and the published revision (if any) stays online. */
    DISCARD(         Set.of(DRAFT),           DISCARDED,  Role.EDITOR,    false,  false,    false, false),
    /** Put the unpublished revision back online, while no other revision is published. */
    REPUBLISH(       Set.of(ARCHIVED),        PUBLISHED,  Role.REVIEWER,  false,  false,    false, false),
    /** Copy the published content into a new draft; the published revision stays online. */
    START_REVISION(  Set.of(PUBLISHED),       DRAFT,      Role.EDITOR,    false,  false,    false, true),
    /** Copy an earlier (published or archived) revision's content into a new draft. */
    RESTORE(         Set.of(PUBLISHED, ARCHIVED), DRAFT,  Role.EDITOR,    false,  false,    false, true),
    /** The importer's first revision, published directly. */
    IMPORT(          none(),                  PUBLISHED,  null,           false,  false,    false, true);

    private final Set<RevisionState> from;
    private final RevisionState to;
    private final Role requiredRole;
    private final boolean commentRequired;
    private final boolean fourEyes;
    private final boolean readinessRequired;
    private final boolean createsRevision;

    WorkflowAction(Set<RevisionState> from, RevisionState to, Role requiredRole, boolean commentRequired,
                   boolean fourEyes, boolean readinessRequired, boolean createsRevision) {
        this.from = from.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(from));
        this.to = to;
        this.requiredRole = requiredRole;
        this.commentRequired = commentRequired;
        this.fourEyes = fourEyes;
        this.readinessRequired = readinessRequired;
        this.createsRevision = createsRevision;
    }

    private static Set<RevisionState> none() {
        return Set.of();
    }

    /** The states of the revision the action acts on; empty for actions that start an entry. */
    public Set<RevisionState> from() {
        return from;
    }

    public boolean startsFrom(RevisionState state) {
        return from.contains(state);
    }

    /** The state the acted-on revision, or the newly created one, ends in. */
    public RevisionState to() {
        return to;
    }

    /** The role needed; empty for system actions. */
    public Optional<Role> requiredRole() {
        return Optional.ofNullable(requiredRole);
    }

    /** Only the system (the importer) may take it. */
    public boolean systemOnly() {
        return requiredRole == null;
    }

    public boolean commentRequired() {
        return commentRequired;
    }

    /** The actor must be neither the revision's last editor nor its submitter. */
    public boolean fourEyes() {
        return fourEyes;
    }

    /** The content must have no {@linkplain ProjectContent#readinessProblems() readiness problems}. */
    public boolean readinessRequired() {
        return readinessRequired;
    }

    /** The action creates a new revision (the acted-on one, if any, is only read). */
    public boolean createsRevision() {
        return createsRevision;
    }

    /** The actions that act on a revision in that state. */
    public static List<WorkflowAction> availableFrom(RevisionState state) {
        return Arrays.stream(values()).filter(action -> action.startsFrom(state)).toList();
    }
}
