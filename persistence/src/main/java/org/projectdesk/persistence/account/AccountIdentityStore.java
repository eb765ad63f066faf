package org.projectdesk.persistence.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.projectdesk.domain.entry.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Jakarta Security identity store of the desk: checks usernames and passwords against the
 * accounts in the database through {@link SignIns}; the account's roles become the caller's groups
 * (EDITOR, REVIEWER, ADMIN). Leaves the outcome in a request attribute so the sign-in page can say
 * why a sign-in was refused when it was locked. The client's address comes from
 * {@link ClientAddress} (forwarded addresses only from trusted proxies). A successful sign-in
 * changes the session's id (no session fixation) and records when it signed in.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The request attribute holding the {@link SignInOutcome.Status} of the last attempt. */
    public static final String OUTCOME_ATTRIBUTE = AccountIdentityStore.class.getName() + ".outcome";
    /** The session attribute holding the {@link Instant} the session signed in, for {@link SignIns#isSessionValid}. */
    public static final String SIGNED_IN_AT_ATTRIBUTE = AccountIdentityStore.class.getName() + ".signedInAt";

    @Inject
    SignIns signIns;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "projectdesk.trusted-proxies")
    Optional<String> trustedProxies;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String address = ClientAddress.trusting(trustedProxies.orElse(""))
                .of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        SignInOutcome outcome = signIns.attempt(credential.getCaller(), credential.getPasswordAsString(), address);
        request.setAttribute(OUTCOME_ATTRIBUTE, outcome.status());
        if (!outcome.signedIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        // a session that existed before signing in (perhaps planted by someone else) gets a new id
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(SIGNED_IN_AT_ATTRIBUTE, clock.instant());
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
