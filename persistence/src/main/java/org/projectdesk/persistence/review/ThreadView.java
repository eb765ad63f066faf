package org.projectdesk.persistence.review;

import org.projectdesk.domain.review.ReviewThread;
import org.projectdesk.domain.review.ThreadMessage;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A comment thread as the desk shows it: on which revision, about which field ({@code anchor}, a
 * {@code field.<key>} key, or null for a general comment), its messages, whether it is resolved,
 * and whether it can still be answered or resolved ({@code changeable}: the revision is open).
 */
public record ThreadView(long id, long version, int revisionNumber, String anchor, List<Message> messages,
                         String resolvedBy, Instant resolvedAt, boolean changeable) implements Serializable {

    /** One message of the thread. */
    public record Message(String author, Instant writtenAt, String text) implements Serializable {
    }

    static ThreadView of(ReviewThread thread) {
        return new ThreadView(thread.id(), thread.version(), thread.revision().number(),
                thread.anchor().map(anchor -> anchor.key()).orElse(null),
                thread.messages().stream().map(ThreadView::message).toList(),
                thread.resolvedBy().orElse(null), thread.resolvedAt().orElse(null), thread.isChangeable());
    }

    private static Message message(ThreadMessage message) {
        return new Message(message.author(), message.writtenAt(), message.text());
    }

    public boolean resolved() {
        return resolvedAt != null;
    }

    public boolean general() {
        return anchor == null;
    }
}
