package org.projectdesk.domain.reference;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationTest {

    private static Organisation icmpd() {
        return Organisation.register(Slug.of("icmpd"),
                LocalizedText.of("International Centre for Migration Policy Development",
                        "Centre international pour le développement des politiques migratoires", null),
                " ICMPD ", OrganisationKind.INTERNATIONAL_ORGANISATION);
    }

    @Test
    void registersWithNameAcronymAndKind() {
        Organisation icmpd = icmpd();
        assertEquals(Slug.of("icmpd"), icmpd.slug());
        assertEquals(Optional.of("ICMPD"), icmpd.acronym());
        assertEquals(OrganisationKind.INTERNATIONAL_ORGANISATION, icmpd.kind());
        assertTrue(icmpd.website().isEmpty());
    }

    @Test
    void takesOverTheAddressesOfOrganisationsMergedIntoIt() {
        Organisation icmpd = icmpd();
        Organisation typo = Organisation.register(Slug.of("icmdp"), LocalizedText.of("ICMDP"), null, OrganisationKind.OTHER);
        Organisation older = Organisation.register(Slug.of("icmpd-vienna"), LocalizedText.of("ICMPD Vienna"), null,
                OrganisationKind.OTHER);
        typo.takeOverAddressesOf(older);
        icmpd.takeOverAddressesOf(typo);
        assertEquals(java.util.Set.of(Slug.of("icmdp"), Slug.of("icmpd-vienna")), icmpd.formerSlugs(),
                "the merged one's address and the addresses it had taken over");
        icmpd.takeOverAddressesOf(icmpd);
        assertFalse(icmpd.formerSlugs().contains(Slug.of("icmpd")), "never its own address");
    }

    @Test
    void displayNamesAreAcronymAware() {
        Organisation icmpd = icmpd();
        assertEquals("International Centre for Migration Policy Development (ICMPD)", icmpd.displayName(Language.EN));
        assertEquals("Centre international pour le développement des politiques migratoires (ICMPD)",
                icmpd.displayName(Language.FR));
        assertEquals("International Centre for Migration Policy Development (ICMPD)", icmpd.displayName(Language.RU));
        assertEquals("ICMPD", icmpd.shortName(Language.FR));

        Organisation frontex = Organisation.register(Slug.of("frontex"), LocalizedText.of("Frontex"), "FRONTEX",
                OrganisationKind.EU_AGENCY);
        assertEquals("Frontex", frontex.displayName(Language.EN));

        Organisation japan = Organisation.register(Slug.of("government-of-japan"), LocalizedText.of("Government of Japan"),
                null, OrganisationKind.GOVERNMENT);
        assertEquals("Government of Japan", japan.displayName(Language.EN));
        assertEquals("Government of Japan", japan.shortName(Language.EN));
    }

    @Test
    void renameAndReclassify() {
        Organisation organisation = icmpd();
        organisation.rename(LocalizedText.of("United Nations Development Programme"), "UNDP");
        organisation.reclassify(OrganisationKind.UN_AGENCY);
        assertEquals("United Nations Development Programme", organisation.name().english());
        assertEquals(Optional.of("UNDP"), organisation.acronym());
        assertEquals(OrganisationKind.UN_AGENCY, organisation.kind());

        organisation.rename(LocalizedText.of("Some body"), "  ");
        assertTrue(organisation.acronym().isEmpty());
    }

    @Test
    void invalidNamesAcronymsAndKindsAreRefused() {
        Organisation organisation = icmpd();
        assertEquals("name", assertThrows(InvalidValueException.class, () -> organisation.rename(null, "X")).field());
        assertEquals("acronym", assertThrows(InvalidValueException.class,
                () -> organisation.rename(LocalizedText.of("X"), "A".repeat(41))).field());
        assertThrows(InvalidValueException.class, () -> organisation.reclassify(null));
        assertThrows(InvalidValueException.class, () -> Organisation.register(Slug.of("x"),
                LocalizedText.of("x".repeat(501)), null, OrganisationKind.OTHER));
        assertEquals("ICMPD", organisation.acronym().orElseThrow(), "a refused rename changes nothing");
    }

    @Test
    void websiteIsAWebLink() {
        Organisation organisation = icmpd();
        organisation.changeWebsite("https://www.icmpd.org");
        assertEquals("https://www.icmpd.org", organisation.website().orElseThrow().url());
        assertEquals(organisation.name(), organisation.website().orElseThrow().label());

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> organisation.changeWebsite("javascript:alert(1)"));
        assertEquals("website", refused.field());
        assertEquals("https://www.icmpd.org", organisation.website().orElseThrow().url());

        organisation.changeWebsite(" ");
        assertTrue(organisation.website().isEmpty());
    }

    @Test
    void knownByAcronymOrNameIgnoringCase() {
        Organisation icmpd = icmpd();
        assertTrue(icmpd.isKnownAs("icmpd"));
        assertTrue(icmpd.isKnownAs(" international centre for migration policy development "));
        assertFalse(icmpd.isKnownAs("UNDP"));
        assertFalse(icmpd.isKnownAs(null));
    }

    @Test
    void sameOrganisationWhenSameSlug() {
        assertEquals(icmpd(), icmpd());
        assertEquals(icmpd().hashCode(), icmpd().hashCode());
        assertNotEquals(icmpd(), Organisation.register(Slug.of("undp"), LocalizedText.of("UNDP"), null, OrganisationKind.UN_AGENCY));
    }
}
