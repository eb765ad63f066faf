package org.projectdesk.persistence.entry;

/** Which entry a use case acted on, and its version afterwards (to send with the next change). */
public record EntryRef(long id, String slug, long version) {
}
