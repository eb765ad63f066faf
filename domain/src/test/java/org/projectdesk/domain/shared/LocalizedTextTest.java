package org.projectdesk.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalizedTextTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void englishIsRequired(String english) {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> LocalizedText.of(english, "Titre", "Название"));
        assertEquals("error.text.englishRequired", refused.messageKey());
        assertEquals("en", refused.field());
        assertThrows(InvalidValueException.class, () -> LocalizedText.of(english));
    }

    @Test
    void textsAreTrimmedAndBlankTranslationsAreAbsent() {
        LocalizedText text = LocalizedText.of("  Border Management & Visa ", "  ", null);
        assertEquals("Border Management & Visa", text.english());
        assertEquals(Optional.empty(), text.in(Language.FR));
        assertEquals(EnumSet.of(Language.FR, Language.RU), text.missingTranslations());
    }

    @Test
    void resolvingFallsBackToEnglishAndSaysSo() {
        LocalizedText text = LocalizedText.of("Armenia", "Arménie", null);
        assertEquals(new LocalizedText.Resolved("Arménie", Language.FR, false), text.resolve(Language.FR));
        assertEquals(new LocalizedText.Resolved("Armenia", Language.EN, true), text.resolve(Language.RU));
        assertFalse(text.resolve(Language.EN).fallback());
    }

    @Test
    void withReturnsACopy() {
        LocalizedText text = LocalizedText.of("Armenia");
        LocalizedText translated = text.with(Language.RU, "Армения");
        assertEquals(Optional.of("Армения"), translated.in(Language.RU));
        assertTrue(text.in(Language.RU).isEmpty());
        assertTrue(translated.with(Language.RU, " ").in(Language.RU).isEmpty());
        assertThrows(InvalidValueException.class, () -> text.with(Language.EN, ""));
    }

    @Test
    void fromAMap() {
        LocalizedText text = LocalizedText.of(Map.of(Language.EN, "Georgia", Language.FR, "Géorgie"));
        assertEquals(Map.of(Language.EN, "Georgia", Language.FR, "Géorgie"), text.asMap());
        assertThrows(InvalidValueException.class, () -> LocalizedText.of(Map.of(Language.FR, "Géorgie")));
    }

    @Test
    void equality() {
        assertEquals(LocalizedText.of("A", "B", null), LocalizedText.of(" A", "B ", ""));
        assertNotEquals(LocalizedText.of("A", "B", null), LocalizedText.of("A"));
    }

    @Test
    void controlCharactersAreLeftOutButLineBreaksStay() {
        LocalizedText text = LocalizedText.of("A\u0000B\u0007C\u001B[31mD\u0085E\r\nF\rG\tH\uFFFF");
        assertEquals("ABC[31mDE\nF\nG\tH", text.english());
        assertEquals(java.util.Optional.empty(), java.util.Optional.ofNullable(LocalizedText.of("x", "\u0001\u0002", null)
                .in(Language.FR).orElse(null)));
    }
}
