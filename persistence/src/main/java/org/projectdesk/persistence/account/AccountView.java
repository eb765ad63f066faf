package org.projectdesk.persistence.account;

import org.projectdesk.domain.entry.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An account as the admin pages show it; never the password hash. */
public record AccountView(String username, String displayName, Set<Role> roles, boolean enabled,
                          Instant lockedUntil, Instant lastSignInAt, Instant createdAt, long version) implements Serializable {

    static AccountView of(Account account) {
        return new AccountView(account.username(), account.displayName(), Set.copyOf(account.roles()),
                account.isEnabled(), account.lockedUntil().orElse(null), account.lastSignInAt().orElse(null),
                account.createdAt(), account.version());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
