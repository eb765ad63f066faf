package org.projectdesk.persistence.account;

import org.projectdesk.persistence.audit.AuditTrail;
import org.projectdesk.persistence.audit.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.projectdesk.domain.entry.Role;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import static org.projectdesk.domain.entry.Roles.ADMIN;

/**
 * What administrators do with accounts: list, open, disable and enable, set roles, reset a
 * password. Never leaves the application without an enabled administrator ({@link LastAdminException}).
 * Disabling an account, changing its roles or resetting its password ends its sessions
 * ({@link SignIns#isSessionValid}).
 */
@Stateless
@RolesAllowed(ADMIN)
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    Clock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    public List<AccountView> list() {
        return accounts.findAll().stream().map(AccountView::of).toList();
    }

    public AccountView find(String username) {
        return AccountView.of(account(username));
    }

    public AccountView open(String username, String displayName, String password, Set<Role> roles) {
        if (accounts.isUsernameTaken(username)) {
            throw new UsernameTakenException(Account.normalizedUsername(username));
        }
        Account account = Account.open(username, displayName, passwords.hash(password), roles(roles),
                clock.instant());
        accounts.store(account);
        LOG.info(() -> admin() + " opened the account " + account + " with roles " + account.roles());
        audit.byCaller(AuditKind.ACCOUNT_CHANGED, null, "opened " + account.username() + " " + account.roles());
        return AccountView.of(account);
    }

    public AccountView changeRoles(String username, Set<Role> roles) {
        Account account = account(username);
        Set<Role> newRoles = roles(roles);
        if (account.isActiveAdmin() && !newRoles.contains(Role.ADMIN)) {
            refuseIfLastAdmin(account);
        }
        boolean changed = !account.roles().equals(newRoles);
        account.changeRoles(newRoles);
        if (changed) {
            account.endSessionsBefore(clock.instant());
        }
        accounts.store(account);
        LOG.info(() -> admin() + " set the roles of " + account + " to " + newRoles);
        audit.byCaller(AuditKind.ACCOUNT_CHANGED, null, "roles of " + account.username() + " set to " + newRoles);
        return AccountView.of(account);
    }

    public AccountView rename(String username, String displayName) {
        Account account = account(username);
        account.rename(displayName);
        accounts.store(account);
        audit.byCaller(AuditKind.ACCOUNT_CHANGED, null, "renamed " + account.username());
        return AccountView.of(account);
    }

    public AccountView disable(String username) {
        Account account = account(username);
        if (account.isActiveAdmin()) {
            refuseIfLastAdmin(account);
        }
        account.disable();
        account.endSessionsBefore(clock.instant());
        accounts.store(account);
        LOG.info(() -> admin() + " disabled the account " + account);
        audit.byCaller(AuditKind.ACCOUNT_CHANGED, null, "disabled " + account.username());
        return AccountView.of(account);
    }

    public AccountView enable(String username) {
        Account account = account(username);
        account.enable();
        accounts.store(account);
        LOG.info(() -> admin() + " enabled the account " + account);
        audit.byCaller(AuditKind.ACCOUNT_CHANGED, null, "enabled " + account.username());
        return AccountView.of(account);
    }

    /** Sets a new password (and lifts a lock); the person should change it after signing in. */
    public AccountView resetPassword(String username, String newPassword) {
        Account account = account(username);
        account.changePasswordHash(passwords.hash(newPassword));
        account.endSessionsBefore(clock.instant());
        accounts.store(account);
        LOG.info(() -> admin() + " reset the password of " + account);
        audit.byCaller(AuditKind.ACCOUNT_CHANGED, null, "reset the password of " + account.username());
        return AccountView.of(account);
    }

    private void refuseIfLastAdmin(Account account) {
        if (accounts.countActiveAdmins() <= 1) {
            throw new LastAdminException(account.username());
        }
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new UnknownAccountException(username));
    }

    private static Set<Role> roles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private String admin() {
        return context.getCallerPrincipal().getName();
    }
}
