package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SectorAndSharesTest {

    private static final CountryCode AM = CountryCode.of("AM");
    private static final CountryCode GE = CountryCode.of("GE");

    private static ProjectContent.Builder twoCountries() {
        return ProjectContent.builder().title(LocalizedText.of("Project")).countries(List.of(AM, GE));
    }

    private static Map<CountryCode, BigDecimal> shares(String am, String ge) {
        Map<CountryCode, BigDecimal> shares = new LinkedHashMap<>();
        shares.put(AM, new BigDecimal(am));
        shares.put(GE, new BigDecimal(ge));
        return shares;
    }

    @Test
    void keepsASectorAndSharesThatAddUpToAHundred() {
        ProjectContent content = twoCountries().sector(" 15110 ").countryShares(shares("60", "40.0")).build();
        assertEquals("15110", content.sector().orElseThrow());
        assertEquals(new BigDecimal("60.00"), content.countryShares().get(AM));
        assertEquals(content, content.copy());
        assertEquals(content, twoCountries().sector("15110").countryShares(shares("60.00", "40")).build());
        assertNotEquals(content, twoCountries().sector("15110").build());
        assertTrue(twoCountries().build().countryShares().isEmpty());
        assertTrue(twoCountries().sector(" ").build().sector().isEmpty());
    }

    @Test
    void refusesSharesThatDoNotFitTheCountries() {
        assertEquals("error.content.sharesTotal", assertThrows(InvalidValueException.class,
                () -> twoCountries().countryShares(shares("60", "30")).build()).messageKey());
        assertEquals("error.content.sharesCountries", assertThrows(InvalidValueException.class,
                () -> twoCountries().countryShares(Map.of(AM, new BigDecimal("100"))).build()).messageKey());
        assertEquals("error.content.shareInvalid", assertThrows(InvalidValueException.class,
                () -> twoCountries().countryShares(shares("100.001", "-0.001")).build()).messageKey());
        assertEquals("countryShares", assertThrows(InvalidValueException.class,
                () -> twoCountries().countryShares(shares("0", "100")).build()).field());
    }

    @Test
    void refusesASectorThatIsNoDacCode() {
        assertEquals("sector", assertThrows(InvalidValueException.class,
                () -> twoCountries().sector("151").build()).field());
    }
}
