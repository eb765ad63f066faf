package org.projectdesk.domain.importing;

import java.util.List;

/**
 * What the legacy page reader made of a page: the projects it could read and every problem it
 * found. A section with an error is not among the projects; its errors say why. Warnings leave
 * the project in, for an editor to check the named field.
 *
 * @param projects     the projects read without error, in page order
 * @param problems     errors and warnings, in the order they were found
 * @param sections     how many project sections the page has, read or not
 * @param thematicArea the thematic area from the page's footer, null if it has none
 * @param pageNotes    text that belongs to the page rather than to a project (the closing
 *                     paragraph, "Factsheet"), as written
 */
public record LegacyPageImport(List<ImportedProject> projects, List<ImportProblem> problems, int sections,
                               String thematicArea, List<String> pageNotes) {

    public LegacyPageImport {
        projects = List.copyOf(projects);
        problems = List.copyOf(problems);
        pageNotes = List.copyOf(pageNotes);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** The problems of one section (0 for the page's own). */
    public List<ImportProblem> problemsIn(int section) {
        return problems.stream().filter(problem -> problem.section() == section).toList();
    }
}
