package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.Language;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * How far the translations of one revision's content follow its English text, per translated field
 * and language other than English: {@link TranslationState#MISSING missing}, {@link
 * TranslationState#UP_TO_DATE up to date}, or {@link TranslationState#OUTDATED outdated} (the English
 * text of that field changed after the translation was last edited). Fields without an English text
 * are not listed. Where a revision knows no stamp (content stored before stamps were kept), the
 * given fallback moment counts for every language alike, so nothing is called outdated without
 * evidence.
 */
public final class TranslationStatus {

    private final Map<ContentField, Map<Language, TranslationState>> states;

    private TranslationStatus(Map<ContentField, Map<Language, TranslationState>> states) {
        this.states = states;
    }

    /** The status of a content whose texts changed at the stamped moments (else at {@code fallback}). */
    public static TranslationStatus of(ProjectContent content, Collection<TextStamp> stamps, Instant fallback) {
        BiFunction<ContentField, Language, Instant> changedAt = (field, language) -> stamps.stream()
                .filter(stamp -> stamp.isFor(field, language)).map(TextStamp::changedAt).findFirst().orElse(fallback);
        Map<ContentField, Map<Language, TranslationState>> states = new EnumMap<>(ContentField.class);
        for (ContentField field : ContentField.values()) {
            if (!field.translated() || !field.isSetIn(content)) {
                continue;
            }
            Instant english = changedAt.apply(field, Language.EN);
            Map<Language, TranslationState> byLanguage = new EnumMap<>(Language.class);
            for (Language language : translations()) {
                List<String> texts = field.translationIn(content, language);
                TranslationState state;
                if (texts.isEmpty() || texts.contains(null)) {
                    state = TranslationState.MISSING;
                } else if (english.isAfter(changedAt.apply(field, language))) {
                    state = TranslationState.OUTDATED;
                } else {
                    state = TranslationState.UP_TO_DATE;
                }
                byLanguage.put(language, state);
            }
            states.put(field, Collections.unmodifiableMap(byLanguage));
        }
        return new TranslationStatus(Collections.unmodifiableMap(states));
    }

    /** The languages a text can be translated into: every one but English. */
    public static Set<Language> translations() {
        return EnumSet.complementOf(EnumSet.of(Language.EN));
    }

    /** The state of one field in one language; empty if the field has no English text or is not translated. */
    public Optional<TranslationState> of(ContentField field, Language language) {
        return Optional.ofNullable(states.get(field)).map(byLanguage -> byLanguage.get(language));
    }

    /** Every translated field with an English text, in the order of the fields, with its state per language. */
    public Map<ContentField, Map<Language, TranslationState>> byField() {
        return states;
    }

    /** The fields whose translation into the language is outdated. */
    public Set<ContentField> outdatedIn(Language language) {
        Set<ContentField> outdated = EnumSet.noneOf(ContentField.class);
        states.forEach((field, byLanguage) -> {
            if (byLanguage.get(language) == TranslationState.OUTDATED) {
                outdated.add(field);
            }
        });
        return outdated;
    }

    /** The languages in which at least one field is outdated. */
    public Set<Language> outdatedLanguages() {
        Set<Language> outdated = EnumSet.noneOf(Language.class);
        for (Language language : translations()) {
            if (!outdatedIn(language).isEmpty()) {
                outdated.add(language);
            }
        }
        return outdated;
    }
}
