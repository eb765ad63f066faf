package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.Language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two contents, field by field and, for texts, language by language: what a
 * reviewer compares (the live revision against the one in review) and what an editor sees when
 * someone else saved the draft meanwhile. Lists are compared as a whole, one item per line, so a
 * reordering is a change too. Fields in the order of {@link ContentField} (the public page's).
 */
public final class ContentDiff {

    private final List<FieldChange> changes;

    private ContentDiff(List<FieldChange> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * The changes from {@code before} (null for a first revision, as if everything were empty) to
     * {@code after}: every field of {@link ContentField}, in its order, per language for the
     * translated ones.
     */
    public static ContentDiff between(ProjectContent before, ProjectContent after) {
        Objects.requireNonNull(after, "after");
        List<FieldChange> changes = new ArrayList<>();
        for (ContentField field : ContentField.values()) {
            if (field.translated()) {
                for (Language language : Language.values()) {
                    compare(changes, field, language, before, after);
                }
            } else {
                compare(changes, field, null, before, after);
            }
        }
        return new ContentDiff(changes);
    }

    public List<FieldChange> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The names of the fields that changed, each once, in page order. */
    public List<String> changedFields() {
        return changes.stream().map(FieldChange::field).distinct().toList();
    }

    /** The changes of one field, language by language. */
    public List<FieldChange> of(String field) {
        return changes.stream().filter(change -> change.field().equals(field)).toList();
    }

    private static void compare(List<FieldChange> changes, ContentField field, Language language,
                                ProjectContent before, ProjectContent after) {
        String from = before == null ? "" : field.shownIn(before, language);
        String to = field.shownIn(after, language);
        if (!from.equals(to)) {
            changes.add(new FieldChange(field.key(), language, from, to));
        }
    }

    @Override
    public String toString() {
        return Collections.unmodifiableList(changes).toString();
    }
}
