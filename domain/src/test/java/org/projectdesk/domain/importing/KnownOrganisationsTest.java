package org.projectdesk.domain.importing;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnownOrganisationsTest {

    @Test
    void findsByAcronymNameAndOtherSpellingIgnoringCaseAndTheArticle() {
        assertEquals(KnownOrganisation.ICMPD, KnownOrganisations.find("ICMPD").orElseThrow().organisation());
        assertEquals(KnownOrganisation.ICMPD,
                KnownOrganisations.find("the International Centre for Migration Policy Development").orElseThrow().organisation());
        assertEquals(KnownOrganisation.IOM, KnownOrganisations.find("International Organisation for Migration").orElseThrow().organisation());
        assertEquals(KnownOrganisation.EUROPEAN_UNION, KnownOrganisations.find("european union").orElseThrow().organisation());
        assertEquals(KnownOrganisation.FRONTEX, KnownOrganisations.find("Frontex").orElseThrow().organisation());
        assertEquals(KnownOrganisation.UNDP, KnownOrganisations.find("Programme des Nations Unies pour le développement").orElseThrow().organisation());
        assertFalse(KnownOrganisations.find("ICMPD").orElseThrow().corrected());
    }

    @Test
    void correctsSmallMisspellingsOfLongNamesOnly() {
        KnownOrganisations.Match stat = KnownOrganisations.find("Stat Border Guard of Latvia").orElseThrow();
        assertTrue(stat.corrected());
        assertEquals(KnownOrganisation.STATE_BORDER_GUARD_OF_LATVIA, stat.organisation());
        assertEquals("State Border Guard of Latvia", stat.name());
        assertTrue(KnownOrganisations.find("UNDPP").isEmpty(), "short names are never corrected");
        assertTrue(KnownOrganisations.find("State Border Guard of Lithuania").isEmpty());
        assertTrue(KnownOrganisations.find("").isEmpty());
    }

    @Test
    void theCatalogueHasKindsAndTranslations() {
        assertEquals(11, KnownOrganisations.all().size());
        assertEquals(OrganisationKind.EU_AGENCY, KnownOrganisation.FRONTEX.kind());
        assertEquals("European Border and Coast Guard Agency", KnownOrganisation.FRONTEX.englishName());
        assertEquals(OrganisationKind.UN_AGENCY, KnownOrganisation.IOM.kind());
        assertEquals(OrganisationKind.INTERNATIONAL_ORGANISATION, KnownOrganisation.WCO.kind());
        assertEquals(OrganisationKind.INTERNATIONAL_ORGANISATION, KnownOrganisation.ICMPD.kind());
        assertEquals(OrganisationKind.UN_AGENCY, KnownOrganisation.UNDP.kind());
        assertEquals(OrganisationKind.EU_INSTITUTION, KnownOrganisation.EUROPEAN_COMMISSION.kind());
        assertEquals(OrganisationKind.GOVERNMENT, KnownOrganisation.GOVERNMENT_OF_JAPAN.kind());
        assertEquals(OrganisationKind.GOVERNMENT_AGENCY, KnownOrganisation.STATE_BORDER_GUARD_OF_LATVIA.kind());
        assertEquals("Organisation internationale pour les migrations",
                KnownOrganisation.IOM.localizedName().in(Language.FR).orElseThrow());
        assertEquals("Международный центр по развитию миграционной политики",
                KnownOrganisation.ICMPD.localizedName().in(Language.RU).orElseThrow());
        assertTrue(KnownOrganisation.STATE_BORDER_GUARD_OF_LATVIA.localizedName().in(Language.FR).isEmpty(),
                "no French name is guessed");
        assertEquals(KnownOrganisation.WCO, KnownOrganisations.byAcronym("wco").orElseThrow());
    }

    @Test
    void slugsComeFromTheAcronymElseTheName() {
        assertEquals("icmpd", KnownOrganisation.ICMPD.slug().value());
        assertEquals("frontex", KnownOrganisation.FRONTEX.slug().value());
        assertEquals("european-commission", KnownOrganisation.EUROPEAN_COMMISSION.slug().value());
        assertEquals("state-border-guard-of-latvia", KnownOrganisation.STATE_BORDER_GUARD_OF_LATVIA.slug().value());
        assertEquals(KnownOrganisation.values().length,
                KnownOrganisations.all().stream().map(KnownOrganisation::slug).distinct().count(), "slugs are unique");
    }
}
