package org.projectdesk.persistence.importing;

import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.Slug;

/** An entry of the file that passed every check: the draft it becomes. */
public record Candidate(int entry, Slug slug, ProjectContent content) {
}
