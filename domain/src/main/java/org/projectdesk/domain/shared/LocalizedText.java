package org.projectdesk.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A human-readable text in the offered languages. English is required and never blank; French and
 * Russian are optional (blank is stored as absent). Immutable: {@link #with} returns a copy.
 * Mapped as one column per language; the owner names the columns with attribute overrides.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "text_en", length = 10_000)
    private String en;
    @Column(name = "text_fr", length = 10_000)
    private String fr;
    @Column(name = "text_ru", length = 10_000)
    private String ru;

    protected LocalizedText() {
        // for Jakarta Persistence
    }

    private LocalizedText(String en, String fr, String ru) {
        this.en = normalize(en);
        this.fr = normalize(fr);
        this.ru = normalize(ru);
        if (this.en == null) {
            throw new InvalidValueException("en", "error.text.englishRequired", "An English text is required.");
        }
    }

    /** An English-only text. */
    public static LocalizedText of(String english) {
        return new LocalizedText(english, null, null);
    }

    public static LocalizedText of(String english, String french, String russian) {
        return new LocalizedText(english, french, russian);
    }

    /** A text from a map of translations, which must hold an English one. */
    public static LocalizedText of(Map<Language, String> translations) {
        return new LocalizedText(translations.get(Language.EN), translations.get(Language.FR),
                translations.get(Language.RU));
    }

    /** A copy with the given translation set; a blank text removes that translation (not English). */
    public LocalizedText with(Language language, String text) {
        Map<Language, String> all = asMap();
        all.put(language, text);
        return of(all);
    }

    /** The text in exactly that language, if there is one. */
    public Optional<String> in(Language language) {
        return Optional.ofNullable(switch (language) {
            case EN -> en;
            case FR -> fr;
            case RU -> ru;
        });
    }

    public String english() {
        return en;
    }

    /** The text in the wanted language, or the English one, saying which it is. */
    public Resolved resolve(Language wanted) {
        return in(wanted).map(text -> new Resolved(text, wanted, false))
                .orElseGet(() -> new Resolved(en, Language.EN, wanted != Language.EN));
    }

    /** The languages that have no translation yet. */
    public Set<Language> missingTranslations() {
        Set<Language> missing = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            if (in(language).isEmpty()) {
                missing.add(language);
            }
        }
        return missing;
    }

    /** Every translation there is, by language. */
    public Map<Language, String> asMap() {
        Map<Language, String> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            in(language).ifPresent(text -> map.put(language, text));
        }
        return map;
    }

    private static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = printable(text).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * The text without control characters other than line breaks and tabs ({@code \r\n} and
     * {@code \r} become {@code \n}): they cannot be seen, XML 1.0 (IATI, the feed) cannot hold them,
     * and PostgreSQL refuses U+0000.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = null;
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t' || c == '\uFFFE' || c == '\uFFFF';
            if (control && kept == null) {
                kept = new StringBuilder(lines.length()).append(lines, 0, i);
            } else if (!control && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? lines : kept.toString();
    }

    /** A text as shown to a reader: which language it is in, and whether it is a fallback. */
    public record Resolved(String text, Language language, boolean fallback) {
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof LocalizedText that
                && Objects.equals(en, that.en) && Objects.equals(fr, that.fr) && Objects.equals(ru, that.ru);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, fr, ru);
    }

    @Override
    public String toString() {
        return en;
    }
}
