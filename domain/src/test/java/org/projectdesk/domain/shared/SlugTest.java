package org.projectdesk.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ge Az IBM                                  | ge-az-ibm
            IBM-LOC-CAP                                | ibm-loc-cap
            MIBMA                                      | mibma
            Border Management Programme (9th phase)    | border-management-programme-9th-phase
            Coopération transfrontalière à Médenine    | cooperation-transfrontaliere-a-medenine
            '  --Niger–Chad (Lake Chad)-- '            | niger-chad-lake-chad
            """)
    void derivedFromText(String text, String expected) {
        assertEquals(Slug.of(expected), Slug.from(text));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        Slug slug = Slug.from("Eastern Partnership (EaP) - Integrated Border Management - Capacity Building Project");
        assertEquals("eastern-partnership-eap-integrated-border-management", slug.value());
        assertTrue(slug.value().length() <= 60);
        assertFalse(slug.value().endsWith("-"));
    }

    @Test
    void aSingleOverlongWordIsCutHard() {
        assertEquals("a".repeat(60), Slug.from("a".repeat(70)).value());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "Поддержка", "—"})
    void textWithoutLatinLettersOrDigitsGivesNoSlug(String text) {
        assertEquals("error.slug.underivable", assertThrows(InvalidValueException.class, () -> Slug.from(text)).messageKey());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "MIBMA", "mibma-", "-mibma", "mib--ma", "mib ma", "mibmä", "mib_ma", "mib/ma"})
    void invalidExplicitSlugsAreRefused(String value) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Slug.of(value));
        assertEquals("slug", refused.field());
        assertEquals("error.slug.invalid", refused.messageKey());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "MIBMA", "mibma-", "mib--ma", "mib ma", "mibmä", "../etc"})
    void aTextThatIsNoSlugParsesToNothing(String value) {
        assertEquals(Optional.empty(), Slug.parse(value));
    }

    @Test
    void aWellFormedTextParsesToItsSlug() {
        assertEquals(Optional.of(Slug.of("ge-az-ibm")), Slug.parse("ge-az-ibm"));
        assertEquals(Optional.empty(), Slug.parse("a".repeat(Slug.MAX_LENGTH + 1)));
    }

    @Test
    void atMostEightyCharacters() {
        Slug.of("a".repeat(Slug.MAX_LENGTH));
        assertThrows(InvalidValueException.class, () -> Slug.of("a".repeat(Slug.MAX_LENGTH + 1)));
    }

    @Test
    void withSuffix() {
        assertEquals(Slug.of("mibma-2"), Slug.of("mibma").withSuffix(2));
        assertEquals(Slug.of("ge-az-ibm-10"), Slug.of("ge-az-ibm").withSuffix(10));
    }

    @Test
    void withSuffixStaysWithinTheLimit() {
        Slug longest = Slug.of("a".repeat(Slug.MAX_LENGTH));
        Slug suffixed = longest.withSuffix(12);
        assertEquals(Slug.MAX_LENGTH, suffixed.value().length());
        assertTrue(suffixed.value().endsWith("-12"));
        assertEquals("a".repeat(76) + "-b-2", Slug.of("a".repeat(76) + "-bcd").withSuffix(2).value());
    }
}
