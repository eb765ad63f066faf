package org.projectdesk.persistence.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.domain.entry.Role;

import java.util.stream.Collectors;

/**
 * The Jakarta Security identity store of the desk: checks usernames and passwords against the
 * accounts in the database through {@link SignIns}; the account's roles become the caller's groups
 * (EDITOR, REVIEWER, ADMIN). Leaves the outcome in a request attribute so the sign-in page can say
 * why a sign-in was refused when it was locked.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The request attribute holding the {@link SignInOutcome.Status} of the last attempt. */
    public static final String OUTCOME_ATTRIBUTE = AccountIdentityStore.class.getName() + ".outcome";

    @Inject
    SignIns signIns;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIns.attempt(credential.getCaller(), credential.getPasswordAsString(),
                request.getRemoteAddr());
        request.setAttribute(OUTCOME_ATTRIBUTE, outcome.status());
        if (!outcome.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
