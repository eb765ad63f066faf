package org.projectdesk.persistence.publicview;

import java.util.List;

/**
 * An organisation as its public page shows it, with every published project it takes part in and
 * the roles it plays there, sorted by project title, and the figures of those projects.
 */
public record OrganisationProjects(OrganisationName organisation, String website, List<ProjectRoles> projects,
                                   ProjectFigures figures) {
}
