package org.projectdesk.persistence.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.projectdesk.domain.entry.Role;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes sure somebody can sign in after start-up. The demo run ({@code projectdesk.demo=true})
 * opens the demo accounts {@code editor}, {@code reviewer} and {@code admin} with the demo
 * passwords the README gives. Any other start opens, when no enabled administrator exists, one
 * administrator whose password comes from the environment ({@code PROJECTDESK_ADMIN_PASSWORD}, or
 * the property {@code projectdesk.admin.password}) or is generated and written once to the server
 * log. A production start never has an account with a known password.
 */
@Singleton
@Startup
@PermitAll
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    static final String ADMIN = "admin";

    /** The demo accounts and their passwords (demo only; stated in the README). */
    static final Map<String, DemoAccount> DEMO_ACCOUNTS = Map.of(
            "editor", new DemoAccount("Eddie Editor", "demo-editor", EnumSet.of(Role.EDITOR)),
            "reviewer", new DemoAccount("Rita Reviewer", "demo-reviewer", EnumSet.of(Role.REVIEWER)),
            ADMIN, new DemoAccount("Ada Admin", "demo-admin", EnumSet.of(Role.ADMIN)));

    /** How the administrator question was settled at start-up. */
    public enum AdminBootstrap { ADMIN_EXISTS, PASSWORD_FROM_ENVIRONMENT, PASSWORD_GENERATED }

    record DemoAccount(String displayName, String password, EnumSet<Role> roles) {
    }

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "projectdesk.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "projectdesk.admin.password")
    Optional<String> configuredAdminPassword;

    @Inject
    AccountRepository accounts;

    @Inject
    Passwords passwords;

    @PostConstruct
    void atStartup() {
        if (demo) {
            openDemoAccounts();
        } else {
            ensureAdministrator(configuredAdminPassword);
        }
    }

    private void openDemoAccounts() {
        DEMO_ACCOUNTS.forEach((username, demoAccount) -> {
            if (!accounts.isUsernameTaken(username)) {
                accounts.store(Account.open(username, demoAccount.displayName(),
                        passwords.hash(demoAccount.password()), demoAccount.roles(), clock.instant()));
                LOG.info(() -> "Demo run: opened the demo account " + username + " " + demoAccount.roles());
            }
        });
    }

    /**
     * Opens an administrator when no enabled one exists: named {@code admin} (or {@code admin-2} …
     * if taken), with the configured password, else a generated one written to the log once.
     */
    public AdminBootstrap ensureAdministrator(Optional<String> configuredPassword) {
        if (accounts.countActiveAdmins() > 0) {
            return AdminBootstrap.ADMIN_EXISTS;
        }
        String username = ADMIN;
        for (int suffix = 2; accounts.isUsernameTaken(username); suffix++) {
            username = ADMIN + "-" + suffix;
        }
        Optional<String> configured = configuredPassword.filter(password -> !password.isBlank());
        String password = configured.orElseGet(passwords::generate);
        accounts.store(Account.open(username, "Administrator", passwords.hash(password), EnumSet.of(Role.ADMIN),
                clock.instant()));
        String name = username;
        if (configured.isPresent()) {
            LOG.info(() -> "No administrator existed: opened the account " + name
                    + " with the password from PROJECTDESK_ADMIN_PASSWORD");
            return AdminBootstrap.PASSWORD_FROM_ENVIRONMENT;
        }
        LOG.warning(() -> "No administrator existed: opened the account " + name + " with the generated password "
                + password + " (shown only this once; sign in and set another under Accounts)");
        return AdminBootstrap.PASSWORD_GENERATED;
    }
}
