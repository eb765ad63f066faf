package org.projectdesk.persistence.opendata;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.opendata.IatiOrganisationType;
import org.projectdesk.domain.opendata.IatiSettings;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.testsupport.AsAdminInTransaction;
import org.projectdesk.testsupport.AsEditorInTransaction;
import org.projectdesk.testsupport.Deployments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IATI settings: stored by the migration, changed only by administrators, with optimistic locking. */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class IatiSettingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(IatiSettingsIT.class, AsAdminInTransaction.class, AsEditorInTransaction.class);
    }

    @Inject
    IatiSettingsService settings;

    @Inject
    OpenProjects openProjects;

    @Inject
    AsAdminInTransaction asAdmin;

    @Inject
    AsEditorInTransaction asEditor;

    @Inject
    UserTransaction transaction;

    @Test
    void theMigrationStoresUsableDefaults() {
        IatiSettings current = settings.current();
        assertEquals("XI-PROJECTDESK", current.reportingOrgRef());
        assertEquals(IatiOrganisationType.MULTILATERAL, current.reportingOrgType());
        assertEquals("15190", current.defaultSector());
    }

    @Test
    void anAdministratorChangesThemAndTheExportFollows() throws Exception {
        transaction.begin();
        try {
            IatiSettings before = settings.current();
            asAdmin.call(() -> settings.change(before.version(), "XM-DAC-41116", IatiOrganisationType.GOVERNMENT,
                    LocalizedText.of("Border Desk", "Bureau des frontières", null), "15110"));
            IatiSettings after = settings.current();
            assertEquals("XM-DAC-41116", after.reportingOrgRef());
            assertEquals("15110", after.defaultSector());
            assertEquals(before.version() + 1, after.version());
            String xml = new String(openProjects.iatiActivity("mibma", slug -> java.util.Map.of()).orElseThrow(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.contains("<iati-identifier>XM-DAC-41116-mibma</iati-identifier>"), xml);
            assertTrue(xml.contains("<sector vocabulary=\"1\" code=\"15110\"/>"), xml);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aStaleOrInvalidChangeChangesNothing() throws Exception {
        IatiSettings before = settings.current();
        assertInstanceOf(IatiSettingsService.SettingsChangedMeanwhileException.class, refusal(() -> asAdmin.call(() ->
                settings.change(before.version() + 7, "XM-DAC-1", IatiOrganisationType.OTHER, LocalizedText.of("X"), "15190"))));
        InvalidValueException invalid = assertInstanceOf(InvalidValueException.class, refusal(() -> asAdmin.call(() ->
                settings.change(before.version(), "XM-DAC-1", IatiOrganisationType.OTHER, LocalizedText.of("X"), "abc"))));
        assertEquals("defaultSector", invalid.field());
        assertEquals(before, settings.current());
    }

    /**
     * What the service refused with. The test helper's module does not declare the domain's
     * exceptions as application exceptions (the services' module does), so they reach the test
     * wrapped in an EJBException.
     */
    private static Throwable refusal(org.junit.jupiter.api.function.Executable call) {
        Throwable thrown = assertThrows(Exception.class, call);
        return thrown instanceof jakarta.ejb.EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
    }

    @Test
    void onlyAdministratorsMayChangeThem() {
        IatiSettings before = settings.current();
        assertThrows(EJBAccessException.class, () -> asEditor.call(() ->
                settings.change(before.version(), "XM-DAC-1", IatiOrganisationType.OTHER, LocalizedText.of("X"), "15190")));
        assertThrows(EJBAccessException.class, () ->
                settings.change(before.version(), "XM-DAC-1", IatiOrganisationType.OTHER, LocalizedText.of("X"), "15190"));
        assertEquals(before, settings.current());
    }
}
