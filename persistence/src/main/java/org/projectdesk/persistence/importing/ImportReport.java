package org.projectdesk.persistence.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What the importer made of an uploaded file: every problem, per entry and field with its line;
 * the organisations it would create; and, if the file was imported, the new drafts' slugs.
 * Import is all-or-nothing: {@link #written()} is true only if there was no error at all.
 *
 * @param format           what the file was read as
 * @param entries          how many entries (projects) the file holds
 * @param newOrganisations organisations the file names that do not exist yet
 * @param importedSlugs    the slugs of the drafts created, in file order; empty when nothing was written
 * @param written          whether the entries were stored
 */
public record ImportReport(String fileName, FileFormat format, int entries, List<ImportIssue> issues,
                           List<NewOrganisation> newOrganisations, List<String> importedSlugs, boolean written)
        implements Serializable {

    /** What an uploaded file was recognised as. */
    public enum FileFormat {
        /** ProjectDesk's JSON: the API's project shape, or the entries export. */
        JSON,
        /** The plain text of the legacy "Ongoing Projects" page. */
        LEGACY_PAGE,
        /** Not readable at all: empty, binary, too large. */
        UNREADABLE
    }

    public ImportReport {
        issues = List.copyOf(issues);
        newOrganisations = List.copyOf(newOrganisations);
        importedSlugs = List.copyOf(importedSlugs);
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(ImportIssue::isError).toList();
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(issue -> !issue.isError()).toList();
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    /** The problems of one entry (0: the file's own). */
    public List<ImportIssue> issuesOf(int entry) {
        return issues.stream().filter(issue -> issue.entry() == entry).toList();
    }

    ImportReport asWritten(List<String> slugs) {
        return new ImportReport(fileName, format, entries, issues, newOrganisations, slugs, true);
    }
}
