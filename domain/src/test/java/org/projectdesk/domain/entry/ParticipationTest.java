package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.projectdesk.domain.shared.InvalidValueException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.domain.entry.Fixtures.EUROPEAN_COMMISSION;
import static org.projectdesk.domain.entry.Fixtures.ICMPD;

class ParticipationTest {

    @Test
    void factoriesSetTheRole() {
        assertEquals(ParticipationRole.LEAD_IMPLEMENTER, Participation.lead(ICMPD).role());
        assertEquals(ParticipationRole.IMPLEMENTING_PARTNER, Participation.implementingPartner(ICMPD).role());
        assertEquals(ParticipationRole.DONOR, Participation.donor(ICMPD).role());
        assertEquals(ParticipationRole.PARTNER, Participation.partner(ICMPD).role());
        assertEquals(ICMPD, Participation.lead(ICMPD).organisation());
    }

    @Test
    void aDonorMayNameItsFundingInstrument() {
        Participation donor = Participation.donor(EUROPEAN_COMMISSION, " IPA-I ");
        assertEquals("IPA-I", donor.fundingInstrument().orElseThrow());
        assertTrue(Participation.donor(EUROPEAN_COMMISSION, " ").fundingInstrument().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = ParticipationRole.class, names = "DONOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyADonorMayNameAFundingInstrument(ParticipationRole role) {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> Participation.of(ICMPD, role, "ENPI"));
        assertEquals("error.participation.instrumentOnlyForDonors", refused.messageKey());
        assertEquals("participations", refused.field());
    }

    @Test
    void organisationAndRoleAreRequired() {
        assertThrows(InvalidValueException.class, () -> Participation.lead(null));
        assertThrows(InvalidValueException.class, () -> Participation.of(ICMPD, null, null));
        assertThrows(InvalidValueException.class, () -> Participation.donor(ICMPD, "x".repeat(101)));
    }

    @Test
    void equalWhenOrganisationRoleAndInstrumentAre() {
        assertEquals(Participation.donor(EUROPEAN_COMMISSION, "ENPI"), Participation.donor(EUROPEAN_COMMISSION, "ENPI"));
        assertNotEquals(Participation.donor(EUROPEAN_COMMISSION, "ENPI"), Participation.donor(EUROPEAN_COMMISSION, "IPA-I"));
        assertNotEquals(Participation.lead(ICMPD), Participation.implementingPartner(ICMPD));
    }
}
