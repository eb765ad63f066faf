package org.projectdesk.persistence.publicview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.entry.EntryDetails;
import org.projectdesk.persistence.entry.EditorialQueries;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/**
 * A revision that is not (yet) public, turned into the very read model the public project page
 * shows, so that the desk's preview renders it exactly as the public would see it. Signed-in staff only.
 */
@Stateless
@RolesAllowed({EDITOR, REVIEWER, ADMIN})
public class RevisionPreviews {

    @Inject
    EditorialQueries queries;

    /** The entry's current revision (the open draft if there is one) as the public page would show it. */
    public PublishedProject preview(long entryId, Language language) {
        EntryDetails details = queries.details(entryId);
        return PublicViews.project(details.slug(), details.content(), language, null);
    }
}
