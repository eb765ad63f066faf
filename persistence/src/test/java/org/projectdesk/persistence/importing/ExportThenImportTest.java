package org.projectdesk.persistence.importing;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.persistence.opendata.EntryJsonWriter;
import org.projectdesk.persistence.opendata.EntryJsonWriter.ExportedEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The export file reads back as the same entries: {@value ContentGenerator#COUNT} generated contents
 * (seed {@value ContentGenerator#SEED}) with every field set in three languages, written by
 * {@link EntryJsonWriter} and read by the import, come back equal field for field, with their slugs.
 */
class ExportThenImportTest {

    @Test
    void everyExportedContentIsImportedUnchanged() {
        List<ProjectContent> contents = ContentGenerator.contents();
        List<ExportedEntry> exported = IntStream.range(0, contents.size())
                .mapToObj(i -> new ExportedEntry("entry-" + i, RevisionState.DRAFT, contents.get(i)))
                .toList();
        byte[] file = EntryJsonWriter.write(exported, Instant.parse("2026-11-30T12:00:00Z"));

        FileAnalysis analysis = FileAnalysis.of(new UploadedFile("export.json", file), new GeneratedReferences(),
                false, Long.MAX_VALUE, contents.size());

        assertEquals(List.of(), analysis.report().issues());
        List<ProjectContent> imported = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            Candidate candidate = analysis.candidates().get(i);
            assertEquals("entry-" + i, candidate.slug().value());
            imported.add(candidate.content());
        }
        for (int i = 0; i < contents.size(); i++) {
            assertEquals(contents.get(i), imported.get(i), "entry " + i);
        }
        assertEquals(List.of(), analysis.organisationsToCreate());
    }
}
