package org.projectdesk.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the audit trail: when, what kind, by whom, about which entry, and a short detail.
 * Immutable: written once and never changed or deleted (so it carries no version).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_DETAIL_LENGTH = 1000;
    private static final int MAX_PERSON_LENGTH = 100;
    private static final int MAX_SLUG_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40, nullable = false)
    private AuditKind kind;

    @Column(name = "person", length = MAX_PERSON_LENGTH)
    private String person;

    @Column(name = "entry_slug", length = MAX_SLUG_LENGTH)
    private String entrySlug;

    @Column(name = "detail", length = MAX_DETAIL_LENGTH)
    private String detail;

    protected AuditEvent() {
        // for Jakarta Persistence
    }

    AuditEvent(Instant occurredAt, AuditKind kind, String person, String entrySlug, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.person = cut(person, MAX_PERSON_LENGTH);
        this.entrySlug = cut(entrySlug, MAX_SLUG_LENGTH);
        this.detail = cut(detail, MAX_DETAIL_LENGTH);
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public AuditKind kind() {
        return kind;
    }

    public Optional<String> person() {
        return Optional.ofNullable(person);
    }

    public Optional<String> entrySlug() {
        return Optional.ofNullable(entrySlug);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    @Override
    public String toString() {
        return occurredAt + " " + kind + " " + person + " " + entrySlug + " " + detail;
    }
}
