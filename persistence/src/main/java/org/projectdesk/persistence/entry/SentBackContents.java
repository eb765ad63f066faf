package org.projectdesk.persistence.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.persistence.importing.Candidate;
import org.projectdesk.persistence.importing.FileAnalysis;
import org.projectdesk.persistence.importing.References;
import org.projectdesk.persistence.importing.UploadedFile;
import org.projectdesk.persistence.opendata.EntryJsonWriter;
import org.projectdesk.persistence.reference.OrganisationLookup;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps what a revision said when a reviewer sent it back, and reads it again for the review page
 * ("what changed since you sent it back"). The content travels in the export's JSON shape and is
 * read with the import's reader, the path that {@code ExportThenImportTest} proves gives back an
 * equal content for every field; organisations and regions are found again by their address names.
 * Callers own the transaction.
 */
@ApplicationScoped
public class SentBackContents {

    private static final Logger LOG = Logger.getLogger(SentBackContents.class.getName());

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    OrganisationLookup organisations;

    @Inject
    RegionRepository regions;

    /** The content as it was sent back, who sent it back and when. */
    public record SentBack(String by, Instant at, ProjectContent content) implements Serializable {
    }

    /** Keeps the open revision's content, just sent back by a reviewer. */
    void keep(ProjectEntry entry, String by, Instant at) {
        Revision draft = entry.openDraft().orElseThrow();
        byte[] json = EntryJsonWriter.write(List.of(new EntryJsonWriter.ExportedEntry(entry.slug().value(),
                RevisionState.DRAFT, draft.content())), at);
        String text = new String(json, StandardCharsets.UTF_8);
        if (text.length() > SentBackContent.MAX_JSON_LENGTH) {
            LOG.warning(() -> "the content of " + entry + " sent back is too large to keep for comparison ("
                    + text.length() + " characters)");
            return;
        }
        em.persist(new SentBackContent(entry.id(), draft.number(), by, at, text));
    }

    /** The content of the entry's open revision as it was last sent back, if it was and can be read. */
    Optional<SentBack> latest(ProjectEntry entry) {
        Optional<Revision> open = entry.openDraft();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select s from SentBackContent s where s.entryId = :entry and s.revisionNumber = :number
                        order by s.sentBackAt desc, s.id desc""", SentBackContent.class)
                .setParameter("entry", entry.id())
                .setParameter("number", open.get().number())
                .setMaxResults(1).getResultStream().findFirst()
                .flatMap(kept -> read(kept).map(content -> new SentBack(kept.sentBackBy(), kept.sentBackAt(), content)));
    }

    private Optional<ProjectContent> read(SentBackContent kept) {
        FileAnalysis analysis = FileAnalysis.of(new UploadedFile("sent-back.json",
                kept.contentJson().getBytes(StandardCharsets.UTF_8)), references(), false, Long.MAX_VALUE, 1);
        // an organisation or region removed since cannot be named again: then there is nothing to compare
        return analysis.candidates().stream().findFirst().map(Candidate::content);
    }

    private References references() {
        // the entry's own address is taken by the entry itself: no address counts as taken
        return References.stored(organisations, regions, slug -> false);
    }
}
