package org.projectdesk.domain.review;

import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.Role;

import java.util.Set;

/**
 * What can be done with a {@link ReviewThread}, and who may: everyone who sees the entry in the
 * desk (editors and reviewers; ADMIN counts as both), never the system.
 */
public enum CommentAction {
    /** Start a thread on a revision, about one field or in general. */
    OPEN,
    /** Add a message to an open thread. */
    ANSWER,
    /** Close a thread: what it asked for is done or settled. */
    RESOLVE;

    private static final Set<Role> DESK_ROLES = Set.of(Role.EDITOR, Role.REVIEWER);

    public boolean permits(Actor actor) {
        return !actor.system() && DESK_ROLES.stream().anyMatch(actor::has);
    }
}
