package org.projectdesk.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One message of a {@link ReviewThread}: who wrote what, when. Immutable once written. */
@Embeddable
public class ThreadMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "author", length = 100, nullable = false)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "body", length = ReviewThread.MAX_TEXT_LENGTH, nullable = false)
    private String text;

    protected ThreadMessage() {
        // for Jakarta Persistence
    }

    ThreadMessage(String author, Instant writtenAt, String text) {
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
        this.text = Objects.requireNonNull(text, "text");
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ThreadMessage that && author.equals(that.author)
                && writtenAt.equals(that.writtenAt) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(author, writtenAt, text);
    }
}
