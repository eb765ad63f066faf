package org.projectdesk.persistence.publicview;

import org.projectdesk.domain.entry.ParticipationRole;

import java.util.List;

/** A published project and the roles one organisation plays in it (lead, implementing partner, donor, partner). */
public record ProjectRoles(PublishedProjectSummary project, List<ParticipationRole> roles) {
}
