package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.InvalidValueException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who takes an editorial action: a signed-in person with roles, or the system (the importer).
 * Usernames are compared ignoring case for the four-eyes rule.
 */
public record Actor(String username, Set<Role> roles, boolean system) {

    /** As long as the username columns of revisions and transitions. */
    public static final int MAX_USERNAME_LENGTH = 100;

    public Actor {
        if (username == null || username.isBlank()) {
            throw new InvalidValueException("username", "error.actor.usernameRequired", "An actor needs a username.");
        }
        username = username.strip();
        if (username.length() > MAX_USERNAME_LENGTH) {
            throw new InvalidValueException("username", "error.actor.usernameTooLong",
                    "A username may have at most {0} characters.", MAX_USERNAME_LENGTH);
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (system && !roles.isEmpty()) {
            throw new InvalidValueException("roles", "error.actor.systemWithRoles", "The system acts without roles.");
        }
    }

    /** A person with the given roles. */
    public static Actor of(String username, Role... roles) {
        return new Actor(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), false);
    }

    /** The system acting under a name, e.g. {@code importer}; may only take system actions such as IMPORT. */
    public static Actor system(String name) {
        return new Actor(name, Set.of(), true);
    }

    /** Whether the actor has the role, counting ADMIN as every role. */
    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    /** Whether the actor's roles allow the action (not yet whether the entry's state does). */
    public boolean mayTake(WorkflowAction action) {
        return action.systemOnly() ? system : action.requiredRole().map(this::has).orElse(false);
    }

    /** Whether this actor is the named person. */
    public boolean is(String otherUsername) {
        return otherUsername != null && username.equalsIgnoreCase(otherUsername.strip());
    }

    @Override
    public String toString() {
        return username;
    }
}
