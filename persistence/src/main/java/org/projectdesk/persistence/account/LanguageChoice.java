package org.projectdesk.persistence.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.projectdesk.domain.shared.Language;

import java.util.Optional;

import static org.projectdesk.domain.entry.Roles.ADMIN;
import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;

/**
 * The language a signed-in person chose for the desk, kept on their own account (and nobody
 * else's: the caller is always the account changed).
 */
@Stateless
@RolesAllowed({EDITOR, REVIEWER, ADMIN})
public class LanguageChoice {

    @Inject
    AccountRepository accounts;

    @Resource
    SessionContext context;

    /** The language the caller chose, if they chose one. */
    public Optional<Language> chosen() {
        return accounts.findByUsername(caller()).flatMap(Account::language);
    }

    /** Remembers the caller's choice for their next sessions. */
    public void choose(Language language) {
        Account account = accounts.findByUsername(caller()).orElseThrow(() -> new UnknownAccountException(caller()));
        account.preferLanguage(language);
        accounts.store(account);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
