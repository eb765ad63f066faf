package org.projectdesk.domain.entry;

import java.io.Serializable;

/**
 * Something a draft still lacks before it can be submitted for review, e.g. field {@code duration},
 * key {@code error.readiness.durationRequired}. The web layer shows the message next to the field.
 */
public record ReadinessProblem(String field, String messageKey, String englishMessage) implements Serializable {

    @Override
    public String toString() {
        return field + ": " + englishMessage;
    }
}
