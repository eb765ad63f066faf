package org.projectdesk.persistence.entry;

import jakarta.ejb.EJBContext;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.Role;

import java.util.EnumSet;

/** The signed-in caller of a service, as the workflow knows them: never taken from a request parameter. */
public final class CallerActor {

    private CallerActor() {
    }

    public static Actor of(EJBContext context) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Actor(context.getCallerPrincipal().getName(), roles, false);
    }
}
