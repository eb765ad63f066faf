package org.projectdesk.persistence.importing;

import org.projectdesk.persistence.audit.AuditTrail;
import org.projectdesk.persistence.audit.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.LogText;
import org.projectdesk.persistence.reference.OrganisationLookup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/**
 * Bulk import of project entries by editors, from a JSON file in the API's shape or the text of a
 * legacy "Ongoing Projects" page. The whole file is checked before anything is written; a file
 * with any error writes nothing (all-or-nothing per file), and every imported entry is a new
 * DRAFT ({@link ProjectEntry#create}): nothing is published by an import.
 *
 * <p>Limits (server properties): {@code projectdesk.import.max-bytes} (default 2 MiB) and
 * {@code projectdesk.import.max-entries} (default 500).
 */
@Stateless
@DeclareRoles({EDITOR, REVIEWER, ADMIN})
public class EntryImport {

    private static final Logger LOG = Logger.getLogger(EntryImport.class.getName());

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "projectdesk.import.max-bytes", defaultValue = "2097152")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "projectdesk.import.max-entries", defaultValue = "500")
    int maxEntries;

    @Resource
    SessionContext session;

    @Inject
    ProjectEntryRepository entries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

    @Inject
    OrganisationLookup lookup;

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    /** Checks the file and reports every problem; writes nothing. */
    @RolesAllowed({EDITOR, ADMIN})
    public ImportReport check(UploadedFile file, boolean createOrganisations) {
        return analyse(file, createOrganisations).report();
    }

    /**
     * Checks the file and, only if it has no error at all, stores every entry as a new draft (and
     * the organisations it names that do not exist yet, if the editor agreed to create them).
     * Returns the report; {@link ImportReport#written()} says whether anything was stored.
     */
    @RolesAllowed({EDITOR, ADMIN})
    public ImportReport importFile(UploadedFile file, boolean createOrganisations) {
        // imports write one after the other, each checking its address names against what the one
        // before it stored: of two imports of the same names one wins, the other is told which are taken
        try {
            em.find(ImportLock.class, ImportLock.ONLY, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            return FileAnalysis.busy(file, references(), createOrganisations).report();
        }
        FileAnalysis analysis = analyse(file, createOrganisations);
        if (analysis.report().hasErrors()) {
            return analysis.report();
        }
        Actor by = caller();
        var at = clock.instant();
        for (Organisation organisation : analysis.organisationsToCreate()) {
            organisations.store(organisation);
        }
        List<String> slugs = new ArrayList<>();
        for (Candidate candidate : analysis.candidates()) {
            entries.store(ProjectEntry.create(candidate.slug(), candidate.content(), by, at));
            slugs.add(candidate.slug().value());
        }
        audit.record(AuditKind.IMPORT, by.username(), null, slugs.size() + " drafts from " + file.name() + " ("
                + analysis.organisationsToCreate().size() + " new organisations)");
        LOG.info(() -> by + " imported " + slugs.size() + " drafts from " + LogText.of(file.name()) + " ("
                + analysis.organisationsToCreate().size() + " new organisations)");
        return analysis.report().asWritten(slugs);
    }

    /** The largest file accepted, in bytes. */
    @RolesAllowed({EDITOR, ADMIN})
    public long maxBytes() {
        return maxBytes;
    }

    /** The most entries one file may hold. */
    @RolesAllowed({EDITOR, ADMIN})
    public int maxEntries() {
        return maxEntries;
    }

    private FileAnalysis analyse(UploadedFile file, boolean createOrganisations) {
        return FileAnalysis.of(file, references(), createOrganisations, maxBytes, maxEntries);
    }

    private References references() {
        return References.stored(lookup, regions, entries::isSlugTaken);
    }

    private Actor caller() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (session.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Actor(session.getCallerPrincipal().getName(), roles, false);
    }
}
