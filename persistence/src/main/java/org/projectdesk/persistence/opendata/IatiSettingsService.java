package org.projectdesk.persistence.opendata;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.opendata.IatiOrganisationType;
import org.projectdesk.domain.opendata.IatiSettings;
import org.projectdesk.domain.shared.DomainException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.publicview.PublicContentChanged;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/** Reads and changes how this installation reports to IATI; only administrators change it. */
@Stateless
@DeclareRoles({EDITOR, REVIEWER, ADMIN})
public class IatiSettingsService {

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    Event<PublicContentChanged> publicChanges;

    /** The settings as stored, detached (changes to it are not saved; use {@link #change}). */
    @PermitAll
    public IatiSettings current() {
        IatiSettings settings = stored();
        em.detach(settings);
        return settings;
    }

    /**
     * Replaces the settings, if nobody changed them since the administrator read them.
     *
     * @param readVersion the {@link IatiSettings#version()} the administrator saw
     * @throws SettingsChangedMeanwhileException if someone saved the settings since
     */
    @RolesAllowed(ADMIN)
    public IatiSettings change(long readVersion, String reportingOrgRef, IatiOrganisationType reportingOrgType,
                               LocalizedText reportingOrgName, String defaultSector) {
        IatiSettings settings = em.find(IatiSettings.class, IatiSettings.SINGLETON_ID, LockModeType.OPTIMISTIC);
        if (settings.version() != readVersion) {
            throw new SettingsChangedMeanwhileException();
        }
        settings.change(reportingOrgRef, reportingOrgType, reportingOrgName, defaultSector);
        em.flush();
        publicChanges.fire(PublicContentChanged.everything());
        return settings;
    }

    private IatiSettings stored() {
        IatiSettings settings = em.find(IatiSettings.class, IatiSettings.SINGLETON_ID);
        if (settings == null) {
            throw new IllegalStateException("The IATI settings row is missing: the migration V20 did not run");
        }
        return settings;
    }

    /** Someone else saved the settings after they were read for this change. */
    public static class SettingsChangedMeanwhileException extends DomainException {
        private static final long serialVersionUID = 1L;

        public SettingsChangedMeanwhileException() {
            super("error.iati.changedMeanwhile",
                    "Someone else changed the IATI settings meanwhile; look at their version and save again.");
        }
    }
}
