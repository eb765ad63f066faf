package org.projectdesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.domain.entry.Role;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Who is signed in to the desk and what their roles let the pages offer (showing buttons only: the
 * services decide). Signs out, and keeps the session once more when a page was left idle.
 */
@Named
@RequestScoped
public class DeskUser {

    /** Set while someone is signed in, so the sign-in page can tell a time-out from a first visit. */
    public static final String SIGNED_IN_COOKIE = "projectdesk-signed-in";
    private static final long IDLE_WARNING_BEFORE_TIMEOUT_MINUTES = 5;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private TransportSecurity transport;

    private boolean idleWarned;

    public String getName() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public boolean has(Role role) {
        return securityContext.isCallerInRole(role.name()) || securityContext.isCallerInRole(Role.ADMIN.name());
    }

    public boolean isEditor() {
        return has(Role.EDITOR);
    }

    public boolean isReviewer() {
        return has(Role.REVIEWER);
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.ADMIN.name());
    }

    public void signOut() throws ServletException, IOException {
        request.logout();
        externalContext.invalidateSession();
        forgetSignIn(externalContext, transport.isHttpsOnly());
        externalContext.redirect(externalContext.getRequestContextPath() + "/login?signedOut=true");
    }

    /** Five minutes before the session would time out. */
    public long getIdleWarningMillis() {
        long timeoutMinutes = Math.max(IDLE_WARNING_BEFORE_TIMEOUT_MINUTES + 1,
                request.getSession().getMaxInactiveInterval() / 60);
        return TimeUnit.MINUTES.toMillis(timeoutMinutes - IDLE_WARNING_BEFORE_TIMEOUT_MINUTES);
    }

    /** The idle page's request itself renews the session; it then says so. */
    public void keepAlive() {
        idleWarned = true;
    }

    public boolean isIdleWarned() {
        return idleWarned;
    }

    /** Sets the cookie; {@code secure} when the site is HTTPS only ({@link TransportSecurity}). */
    public static void rememberSignIn(ExternalContext context, boolean secure) {
        context.addResponseCookie(SIGNED_IN_COOKIE, "1", Map.of("path", cookiePath(context), "httpOnly", true,
                "maxAge", -1, "secure", secure));
    }

    public static void forgetSignIn(ExternalContext context, boolean secure) {
        context.addResponseCookie(SIGNED_IN_COOKIE, "", Map.of("path", cookiePath(context), "httpOnly", true,
                "maxAge", 0, "secure", secure));
    }

    public static boolean wasSignedIn(ExternalContext context) {
        return context.getRequestCookieMap().containsKey(SIGNED_IN_COOKIE);
    }

    private static String cookiePath(ExternalContext context) {
        String path = context.getRequestContextPath();
        return path.isEmpty() ? "/" : path;
    }
}
