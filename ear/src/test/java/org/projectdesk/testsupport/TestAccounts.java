package org.projectdesk.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.account.Account;
import org.projectdesk.persistence.account.AccountRepository;
import org.projectdesk.persistence.account.AccountService;

import java.util.EnumSet;
import java.util.UUID;

/**
 * Accounts for the test callers (whose principals otherwise have none), with a fresh e-mail address
 * each time and the language given, so that a test finds exactly the mail it caused.
 */
@ApplicationScoped
public class TestAccounts {

    @Inject
    Callers callers;

    @Inject
    AccountService service;

    @Inject
    AccountRepository accounts;

    @Inject
    UserTransaction transaction;

    /** Makes sure the caller has an enabled account with only that role; returns its new e-mail address. */
    public String account(Caller caller, Role role, Language language) {
        String username = caller.username();
        String address = username + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        boolean exists = RolledBack.read(transaction, () -> accounts.findByUsername(username).isPresent());
        if (!exists) {
            callers.get(Caller.ADMIN, () -> service.open(username, username, "a-long-test-password-" + username,
                    EnumSet.of(role)));
        } else {
            callers.get(Caller.ADMIN, () -> service.changeRoles(username, EnumSet.of(role)));
            callers.get(Caller.ADMIN, () -> service.enable(username));
        }
        try {
            transaction.begin();
            Account account = accounts.findByUsername(username).orElseThrow();
            account.preferLanguage(language);
            account.useEmail(address);
            accounts.store(account);
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the account " + username, e);
        }
        return address;
    }
}
