package org.projectdesk.domain.shared;

import java.util.Locale;
import java.util.Optional;

/** The languages content and interface are offered in. English is required for every text. */
public enum Language {
    EN("en"), FR("fr"), RU("ru");

    public static final Language DEFAULT = EN;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, e.g. {@code fr}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language for a tag such as {@code fr} or {@code fr-CH}, if it is one we offer. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
