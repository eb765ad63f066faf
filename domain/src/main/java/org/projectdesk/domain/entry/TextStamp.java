package org.projectdesk.domain.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.projectdesk.domain.shared.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * When the text of one translated field of a revision last changed in one language. A revision
 * keeps one per field and language that has been written; {@link TranslationStatus} compares the
 * English stamp with the others. Immutable.
 */
@Embeddable
public class TextStamp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", length = 40, nullable = false)
    private ContentField field;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2, nullable = false)
    private Language language;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TextStamp() {
        // for Jakarta Persistence
    }

    TextStamp(ContentField field, Language language, Instant changedAt) {
        this.field = Objects.requireNonNull(field, "field");
        this.language = Objects.requireNonNull(language, "language");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    public ContentField field() {
        return field;
    }

    public Language language() {
        return language;
    }

    public Instant changedAt() {
        return changedAt;
    }

    boolean isFor(ContentField otherField, Language otherLanguage) {
        return field == otherField && language == otherLanguage;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TextStamp that && field == that.field && language == that.language
                && changedAt.equals(that.changedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, language, changedAt);
    }

    @Override
    public String toString() {
        return field.key() + "/" + language.tag() + "@" + changedAt;
    }
}
