package org.projectdesk.domain.reference;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionTest {

    private static List<CountryCode> countries(String... codes) {
        return Stream.of(codes).map(CountryCode::of).toList();
    }

    private static Region easternPartnership() {
        return Region.define(Slug.of("eastern-partnership"), LocalizedText.of("Eastern Partnership"),
                countries("AM", "AZ", "BY", "GE", "MD", "UA"));
    }

    @Test
    void includesItsMembers() {
        Region eap = easternPartnership();
        assertTrue(eap.includes(CountryCode.of("GE")));
        assertFalse(eap.includes(CountryCode.of("TR")));
        assertFalse(eap.includes(null));
    }

    @Test
    void coversAllWhenEveryCountryIsAMember() {
        Region eap = easternPartnership();
        assertTrue(eap.coversAll(countries("GE", "AZ")));
        assertTrue(eap.coversAll(countries("AM", "AZ", "BY", "GE", "MD", "UA")));
        assertFalse(eap.coversAll(countries("GE", "AZ", "TR")));
        assertFalse(eap.coversAll(countries("KZ")));
    }

    @Test
    void anEmptyListIsCoveredByNoRegion() {
        assertFalse(easternPartnership().coversAll(List.of()));
        assertFalse(easternPartnership().coversAll(null));
    }

    @Test
    void membersAreSortedReadOnlyAndReplaceable() {
        Region region = Region.define(Slug.of("central-asia"), LocalizedText.of("Central Asia"),
                countries("UZ", "KZ", "KG", "TJ", "TM", "KZ"));
        assertEquals(countries("KG", "KZ", "TJ", "TM", "UZ"), List.copyOf(region.members()));
        assertThrows(UnsupportedOperationException.class, () -> region.members().clear());

        region.changeMembers(countries("KZ"));
        assertEquals(countries("KZ"), List.copyOf(region.members()));
        assertThrows(InvalidValueException.class, () -> region.changeMembers(Arrays.asList(CountryCode.of("KZ"), null)));
        assertThrows(InvalidValueException.class, () -> region.changeMembers(null));
    }

    @Test
    void renaming() {
        Region region = easternPartnership();
        region.rename(LocalizedText.of("Eastern Partnership", "Partenariat oriental", "Восточное партнёрство"));
        assertEquals("Partenariat oriental", region.name().in(org.projectdesk.domain.shared.Language.FR).orElseThrow());
        assertThrows(InvalidValueException.class, () -> region.rename(null));
    }

    @Test
    void sameRegionWhenSameCode() {
        assertEquals(easternPartnership(), Region.define(Slug.of("eastern-partnership"), LocalizedText.of("EaP"), List.of()));
    }
}
