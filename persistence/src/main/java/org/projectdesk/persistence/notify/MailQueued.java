package org.projectdesk.persistence.notify;

/** Fired when a transaction put mail in the outbox; once it commits, the sender sends it. */
public record MailQueued(int count) {
}
