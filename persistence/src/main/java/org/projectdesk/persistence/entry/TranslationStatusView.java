package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.TranslationState;
import org.projectdesk.domain.entry.TranslationStatus;
import org.projectdesk.domain.shared.Language;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translation status of an entry's current revision, for the desk: per translated field with
 * an English text, its state in each language other than English (in the order of {@code languages}).
 */
public record TranslationStatusView(int revisionNumber, List<Language> languages, List<Row> rows,
                                    Set<Language> outdatedLanguages) implements Serializable {

    /** One field: its name ({@code field.<key>}) and its state per language. */
    public record Row(String field, Map<Language, TranslationState> states) implements Serializable {

        public TranslationState in(Language language) {
            return states.get(language);
        }
    }

    static TranslationStatusView of(Revision revision) {
        TranslationStatus status = revision.translationStatus();
        List<Row> rows = status.byField().entrySet().stream()
                .map(entry -> new Row(entry.getKey().key(), entry.getValue())).toList();
        return new TranslationStatusView(revision.number(), List.copyOf(TranslationStatus.translations()), rows,
                Set.copyOf(revision.outdatedLanguages()));
    }

    /** Whether some field is outdated in some language. */
    public boolean anyOutdated() {
        return !outdatedLanguages.isEmpty();
    }

    /** The state of one field (by key) in one language; null when the field is not listed. */
    public TranslationState of(String field, Language language) {
        return rows.stream().filter(row -> row.field().equals(field)).findFirst().map(row -> row.in(language)).orElse(null);
    }
}
