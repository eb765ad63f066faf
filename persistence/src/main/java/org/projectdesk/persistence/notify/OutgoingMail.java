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

import org.projectdesk.domain.shared.Language;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail in the outbox: written in the step's transaction, sent after it commits. A sender claims it
 * by moving its next attempt forward (a lease), so that two servers never send it twice and a server
 * that dies while sending leaves it to be tried again. Sent and kept mails stay as the record of what went out.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether the mail still waits, went to the mail server, or was kept because sending is off (demo). */
    public enum Delivery { PENDING, SENT, KEPT }

    static final int MAX_BODY_LENGTH = 4000;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "recipient", length = 100, nullable = false)
    private String recipient;

    @Column(name = "address", length = 254, nullable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2, nullable = false)
    private Language language;

    @Column(name = "subject", length = 500, nullable = false)
    private String subject;

    @Column(name = "body", length = MAX_BODY_LENGTH, nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", length = 10, nullable = false)
    private Delivery delivery;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutgoingMail() {
        // for Jakarta Persistence
    }

    OutgoingMail(String recipient, String address, Language language, String subject, String body, Instant at) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.address = Objects.requireNonNull(address, "address");
        this.language = Objects.requireNonNull(language, "language");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = body.length() <= MAX_BODY_LENGTH ? body : body.substring(0, MAX_BODY_LENGTH);
        this.createdAt = Objects.requireNonNull(at, "at");
        this.delivery = Delivery.PENDING;
        this.nextAttemptAt = at;
    }

    void delivered(Delivery how, Instant at) {
        delivery = how;
        sentAt = at;
        lastError = null;
    }

    /** The attempt failed: the next one waits twice as long as the one before, up to an hour. */
    void failed(String error, Instant at) {
        attempts++;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = at.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
        lastError = error == null ? null : error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String address() {
        return address;
    }

    public Language language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
