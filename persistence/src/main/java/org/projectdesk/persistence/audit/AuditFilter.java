package org.projectdesk.persistence.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Which audit events to list: any of the parts may be empty (then it does not filter). The person
 * and the entry match exactly, ignoring case; the range includes {@code from} and excludes {@code until}.
 */
public record AuditFilter(String person, String entrySlug, AuditKind kind, Instant from, Instant until) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }

    public Optional<String> personValue() {
        return blankToEmpty(person);
    }

    public Optional<String> entryValue() {
        return blankToEmpty(entrySlug);
    }

    private static Optional<String> blankToEmpty(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
