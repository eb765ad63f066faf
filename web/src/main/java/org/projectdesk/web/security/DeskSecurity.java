package org.projectdesk.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/**
 * How people sign in to the desk: Jakarta Security's form mechanism with the application's own
 * sign-in page at {@code /login} (redirected to, so the address bar shows it), checked against the
 * accounts in the database ({@code AccountIdentityStore}). The session remembers who signed in.
 * What needs which role is declared in web.xml (pages) and on the services (use cases).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({EDITOR, REVIEWER, ADMIN})
@ApplicationScoped
public class DeskSecurity {
}
