package org.projectdesk.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.persistence.account.AccountIdentityStore;
import org.projectdesk.persistence.account.SignInOutcome;
import org.projectdesk.persistence.account.SignInPolicy;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.security.DeskUser;
import org.projectdesk.web.security.TransportSecurity;

import java.io.IOException;

/**
 * Backs {@code /login}: the desk's sign-in form. Hands the credentials to Jakarta Security (which
 * checks them through the identity store and, if the person was on their way to a desk page, takes
 * them there); says why a sign-in failed (wrong name or password, or locked for a while), and
 * whether the person comes back after a time-out or a sign-out.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private HttpServletRequest request;

    @Inject
    private DeskMessages messages;

    @Inject
    private TransportSecurity transport;

    private String username;
    private String password;
    private boolean signedOut;

    /** On arrival: someone already signed in goes to the desk; someone whose session ended is told. */
    public void arrive() throws IOException {
        if (request.getUserPrincipal() != null) {
            externalContext.redirect(externalContext.getRequestContextPath() + "/desk");
            return;
        }
        boolean wasSignedIn = DeskUser.wasSignedIn(externalContext);
        if (signedOut) {
            messages.info(null, "signIn.signedOut");
        } else if (wasSignedIn) {
            messages.warn(null, "signIn.sessionEnded");
        }
        if (wasSignedIn) {
            DeskUser.forgetSignIn(externalContext, transport.isHttpsOnly());
        }
    }

    public void signIn() throws IOException {
        // checked here rather than by required fields: the page is stateless, and a field refused by
        // Faces validation would come back empty, losing the username typed
        boolean missing = false;
        if (username == null || username.isBlank()) {
            messages.error("username", FacesMessage.SEVERITY_ERROR, "signIn.usernameRequired");
            missing = true;
        }
        if (password == null || password.isEmpty()) {
            messages.error("password", FacesMessage.SEVERITY_ERROR, "signIn.passwordRequired");
            missing = true;
        }
        if (missing) {
            facesContext.validationFailed();
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) externalContext.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password))));
        switch (status) {
            case SEND_CONTINUE -> {
                DeskUser.rememberSignIn(externalContext, transport.isHttpsOnly());
                facesContext.responseComplete();
            }
            case SUCCESS -> {
                DeskUser.rememberSignIn(externalContext, transport.isHttpsOnly());
                externalContext.redirect(externalContext.getRequestContextPath() + "/desk");
            }
            case SEND_FAILURE, NOT_DONE -> refused();
        }
    }

    private void refused() {
        password = null;
        Object outcome = request.getAttribute(AccountIdentityStore.OUTCOME_ATTRIBUTE);
        if (outcome == SignInOutcome.Status.ACCOUNT_LOCKED || outcome == SignInOutcome.Status.ADDRESS_LOCKED) {
            messages.error(null, FacesMessage.SEVERITY_ERROR, "signIn.locked", SignInPolicy.ACCOUNT_LOCK.toMinutes());
        } else {
            messages.error(null, FacesMessage.SEVERITY_ERROR, "signIn.refused");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
