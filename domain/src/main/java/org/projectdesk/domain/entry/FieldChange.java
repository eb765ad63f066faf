package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.Language;

import java.io.Serializable;
import java.util.Optional;

/**
 * One difference between two contents: a field (named as in {@link ProjectContent}, e.g.
 * {@code objective}), in one language for text fields or in none for the others (countries,
 * duration …), with the text before and after (empty when there was none).
 */
public record FieldChange(String field, Language language, String before, String after) implements Serializable {

    public FieldChange {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** The language of a text field; empty for fields that are the same in every language. */
    public Optional<Language> inLanguage() {
        return Optional.ofNullable(language);
    }

    public boolean added() {
        return before.isEmpty() && !after.isEmpty();
    }

    public boolean removed() {
        return !before.isEmpty() && after.isEmpty();
    }
}
