package org.projectdesk.persistence.reference;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regions: only administrators define and change them; codes are unique; stale changes write nothing. */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class RegionServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(RegionServiceIT.class);
    }

    @Inject
    Callers callers;

    @Inject
    RegionService regions;

    @Test
    void anAdministratorDefinesAndChangesARegionAndStaleChangesAreRefused() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<CountryCode> baltic = List.of(CountryCode.of("EE"), CountryCode.of("LV"), CountryCode.of("LT"));
        Outcome byEditor = callers.as(Caller.EDITOR, () -> regions.define(null, LocalizedText.of("Baltic " + tag), baltic));
        assertEquals(Outcome.Kind.FORBIDDEN, byEditor.kind(), "only administrators manage regions");

        RegionView defined = callers.get(Caller.ADMIN, () -> regions.define(null, LocalizedText.of("Baltic states " + tag), baltic));
        assertEquals("baltic-states-" + tag, defined.code());
        assertEquals(List.of("EE", "LT", "LV"), defined.members());
        Outcome taken = callers.as(Caller.ADMIN, () -> regions.define("central-asia", LocalizedText.of("Another"), List.of()));
        assertTrue(taken.isRefusedWith(InvalidValueException.class), taken::toString);
        assertTrue(callers.get(Caller.ADMIN, regions::list).stream().anyMatch(region -> region.code().equals(defined.code())));

        List<CountryCode> nordicBaltic = List.of(CountryCode.of("EE"), CountryCode.of("LV"), CountryCode.of("LT"),
                CountryCode.of("FI"));
        RegionView changed = callers.get(Caller.ADMIN, () -> regions.change(defined.id(), defined.version(),
                LocalizedText.of("Nordic-Baltic " + tag, "Nordique-balte " + tag, null), nordicBaltic));
        assertEquals("Nordique-balte " + tag, changed.name().asMap().get(org.projectdesk.domain.shared.Language.FR));
        assertEquals(List.of("EE", "FI", "LT", "LV"), changed.members());
        assertEquals(defined.code(), changed.code(), "the code stays");

        Outcome stale = callers.as(Caller.ADMIN, () -> regions.change(defined.id(), defined.version(),
                LocalizedText.of("Stale " + tag), List.of()));
        assertTrue(stale.isRefusedWith(RegionChangedMeanwhileException.class), stale::toString);
        assertEquals("Nordic-Baltic " + tag, callers.get(Caller.ADMIN, () -> regions.find(defined.id())).name().english());
    }
}
