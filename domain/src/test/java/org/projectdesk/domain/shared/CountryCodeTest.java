package org.projectdesk.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryCodeTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"XX", "ARM", "", "  ", "A", "12", "EU"})
    void onlyIsoAlpha2CodesAreAccepted(String code) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> CountryCode.of(code));
        assertEquals("countries", refused.field());
        assertEquals("error.country.unknownCode", refused.messageKey());
    }

    @Test
    void codesAreNormalised() {
        assertEquals(CountryCode.of("AM"), CountryCode.of(" am "));
        assertEquals("TR", CountryCode.of("tr").code());
    }

    @Test
    void namesInTheOfferedLanguages() {
        assertEquals("Armenia", CountryCode.of("AM").displayName(Language.EN));
        assertEquals("Arménie", CountryCode.of("AM").displayName(Language.FR));
        assertEquals("Армения", CountryCode.of("AM").displayName(Language.RU));
    }

    @Test
    void orderedByCode() {
        assertTrue(CountryCode.of("AM").compareTo(CountryCode.of("AZ")) < 0);
    }
}
