package org.projectdesk.persistence.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An in-app notification to one person, written in the transaction of the step it tells of. */
@Entity
@Table(name = "notice")
public class Notice implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_TITLE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "recipient", length = 100, nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private NoticeKind kind;

    @Column(name = "entry_slug", length = 80, nullable = false)
    private String entrySlug;

    @Column(name = "entry_title", length = MAX_TITLE_LENGTH, nullable = false)
    private String entryTitle;

    @Column(name = "actor", length = 100, nullable = false)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
        // for Jakarta Persistence
    }

    Notice(String recipient, NoticeKind kind, String entrySlug, String entryTitle, String actor, Instant at) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.entrySlug = Objects.requireNonNull(entrySlug, "entrySlug");
        this.entryTitle = entryTitle.length() <= MAX_TITLE_LENGTH ? entryTitle : entryTitle.substring(0, MAX_TITLE_LENGTH);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** The recipient has seen it; reading it again changes nothing. */
    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String entrySlug() {
        return entrySlug;
    }

    public String entryTitle() {
        return entryTitle;
    }

    public String actor() {
        return actor;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }

    public boolean isRead() {
        return readAt != null;
    }
}
