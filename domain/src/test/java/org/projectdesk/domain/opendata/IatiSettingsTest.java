package org.projectdesk.domain.opendata;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IatiSettingsTest {

    private static final LocalizedText NAME = LocalizedText.of("Border Desk");

    @Test
    void keepsCheckedValues() {
        IatiSettings settings = IatiSettings.of(" XM-DAC-41116 ", IatiOrganisationType.MULTILATERAL, NAME, "15190");
        assertEquals("XM-DAC-41116", settings.reportingOrgRef());
        assertEquals("40", settings.reportingOrgType().code());
        assertEquals("15190", settings.defaultSector());
    }

    @Test
    void refusesBadIdentifiersSectorsAndTypes() {
        assertEquals("reportingOrgRef", assertThrows(InvalidValueException.class,
                () -> IatiSettings.of("XM DAC/1", IatiOrganisationType.OTHER, NAME, "15190")).field());
        assertEquals("defaultSector", assertThrows(InvalidValueException.class,
                () -> IatiSettings.of("XM-DAC-1", IatiOrganisationType.OTHER, NAME, "1519")).field());
        assertEquals("reportingOrgType", assertThrows(InvalidValueException.class,
                () -> IatiOrganisationType.ofCode("41")).field());
        assertEquals(IatiOrganisationType.FOUNDATION, IatiOrganisationType.ofCode("60"));
    }

    @Test
    void aRefusedChangeChangesNothing() {
        IatiSettings settings = IatiSettings.of("XM-DAC-1", IatiOrganisationType.OTHER, NAME, "15190");
        assertThrows(InvalidValueException.class,
                () -> settings.change("XM-DAC-2", IatiOrganisationType.GOVERNMENT, NAME, "nope"));
        assertEquals("XM-DAC-1", settings.reportingOrgRef());
        assertEquals(IatiOrganisationType.OTHER, settings.reportingOrgType());
    }

    @Test
    void mapsOrganisationKinds() {
        assertEquals(IatiOrganisationType.MULTILATERAL, IatiOrganisationType.of(OrganisationKind.UN_AGENCY));
        assertEquals(IatiOrganisationType.GOVERNMENT, IatiOrganisationType.of(OrganisationKind.GOVERNMENT_AGENCY));
        assertEquals(IatiOrganisationType.INTERNATIONAL_NGO, IatiOrganisationType.of(OrganisationKind.NGO));
    }
}
