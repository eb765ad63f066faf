package org.projectdesk.persistence.opendata;

import jakarta.inject.Inject;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.persistence.opendata.EntryJsonWriter.ExportedEntry;

import java.time.Clock;
import java.util.List;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/**
 * The administrators' JSON export of every entry (published or not): for each, its slug, its
 * state and the content of its current revision (the open draft if there is one, else the published
 * one; never a discarded draft while another revision is left), every text with
 * all its translations; and the organisations those entries name ({@link EntryJsonWriter}). Export
 * then import into an empty database gives the same entries (as drafts).
 */
@Stateless
@DeclareRoles({EDITOR, REVIEWER, ADMIN})
public class EntryExport {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    /** The export as UTF-8 JSON, pretty-printed (so that the import's line numbers are useful). */
    @RolesAllowed(ADMIN)
    public byte[] exportAll() {
        List<ExportedEntry> entries = em.createQuery("select e from ProjectEntry e order by e.id", ProjectEntry.class)
                .setHint("org.hibernate.readOnly", true)
                .getResultList().stream()
                .map(EntryExport::exported)
                .toList();
        return EntryJsonWriter.write(entries, clock.instant());
    }

    private static ExportedEntry exported(ProjectEntry entry) {
        Revision current = entry.currentRevision();
        return new ExportedEntry(entry.slug().value(), current.state(), current.content());
    }
}
