package org.projectdesk.persistence.schedule;

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
import jakarta.persistence.Version;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication or unpublication a reviewer scheduled for a time: it holds the entry version the
 * reviewer saw, so that it runs only on the entry as they approved it. Settled once (DONE, FAILED or
 * CANCELLED); the server that carries it out claims it first (see {@link ScheduledStepRunner}).
 */
@Entity
@Table(name = "scheduled_step")
public class ScheduledStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_step_seq")
    @SequenceGenerator(name = "scheduled_step_seq", sequenceName = "scheduled_step_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private ProjectEntry entry;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private ScheduledStepKind kind;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "entry_version", nullable = false)
    private long entryVersion;

    @Column(name = "scheduled_by", length = 100, nullable = false)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "remark", length = 4000)
    private String remark;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private ScheduledStepState state;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "settled_by", length = 100)
    private String settledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure", length = 40)
    private ScheduleFailure failure;

    protected ScheduledStep() {
        // for Jakarta Persistence
    }

    ScheduledStep(ProjectEntry entry, ScheduledStepKind kind, Instant dueAt, String scheduledBy, Instant at,
                  String remark) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.kind = Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        if (!dueAt.isAfter(at)) {
            throw new InvalidValueException("dueAt", "error.schedule.inThePast", "Choose a time in the future.");
        }
        this.dueAt = dueAt;
        this.entryVersion = entry.version();
        this.scheduledBy = Objects.requireNonNull(scheduledBy, "scheduledBy");
        this.scheduledAt = at;
        this.remark = remark == null || remark.isBlank() ? null : remark.strip();
        this.state = ScheduledStepState.PENDING;
    }

    void cancel(String by, Instant at) {
        if (state != ScheduledStepState.PENDING) {
            throw new ScheduleSettledException(id, state);
        }
        settle(ScheduledStepState.CANCELLED, by, at);
    }

    void done(Instant at) {
        settle(ScheduledStepState.DONE, scheduledBy, at);
    }

    void failed(ScheduleFailure why, Instant at) {
        failure = why;
        settle(ScheduledStepState.FAILED, scheduledBy, at);
    }

    private void settle(ScheduledStepState settled, String by, Instant at) {
        state = settled;
        settledBy = by;
        settledAt = at;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ProjectEntry entry() {
        return entry;
    }

    public ScheduledStepKind kind() {
        return kind;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public long entryVersion() {
        return entryVersion;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Optional<String> remark() {
        return Optional.ofNullable(remark);
    }

    public ScheduledStepState state() {
        return state;
    }

    public Optional<ScheduleFailure> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<Instant> settledAt() {
        return Optional.ofNullable(settledAt);
    }

    @Override
    public String toString() {
        return kind + " of " + entry + " at " + dueAt + " (" + state + ")";
    }
}
