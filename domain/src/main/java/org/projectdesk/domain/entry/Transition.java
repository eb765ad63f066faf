package org.projectdesk.domain.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A recorded workflow step: who took which action on which revision, when, from which state to
 * which, with what comment. Immutable once recorded; part of the {@link ProjectEntry} aggregate.
 */
@Entity
@Table(name = "revision_transition")
public class Transition implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_transition_seq")
    @SequenceGenerator(name = "revision_transition_seq", sequenceName = "revision_transition_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private ProjectEntry entry;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "workflow_action", length = 20, nullable = false)
    private WorkflowAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private RevisionState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", length = 20, nullable = false)
    private RevisionState toState;

    @Column(name = "actor_username", length = Revision.MAX_USERNAME_LENGTH, nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "remark", length = Revision.MAX_COMMENT_LENGTH)
    private String comment;

    @Column(name = "on_schedule", nullable = false)
    private boolean onSchedule;

    protected Transition() {
        // for Jakarta Persistence
    }

    Transition(ProjectEntry entry, int revisionNumber, WorkflowAction action, RevisionState fromState,
               RevisionState toState, Actor actor, Instant occurredAt, String comment) {
        this.entry = entry;
        this.revisionNumber = revisionNumber;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor.username();
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public Long id() {
        return id;
    }

    public int revisionNumber() {
        return revisionNumber;
    }

    public WorkflowAction action() {
        return action;
    }

    /** The state before; empty when the revision was created by this step. */
    public Optional<RevisionState> fromState() {
        return Optional.ofNullable(fromState);
    }

    public RevisionState toState() {
        return toState;
    }

    /** The username of whoever took the step ({@code importer} style names for the system). */
    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** Whether the server carried the step out at the time a reviewer had scheduled it for. */
    public boolean onSchedule() {
        return onSchedule;
    }

    void markOnSchedule() {
        onSchedule = true;
    }

    @Override
    public String toString() {
        return occurredAt + " " + actor + " " + action + " revision " + revisionNumber + ": "
                + (fromState == null ? "-" : fromState) + " -> " + toState;
    }
}
