package org.projectdesk.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.projectdesk.domain.shared.LogText;
import org.projectdesk.persistence.account.AccountIdentityStore;
import org.projectdesk.persistence.account.SignIns;
import org.projectdesk.persistence.storage.StorageFailure;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Ends a desk session whose account was disabled, or whose roles or password an administrator
 * changed, since it signed in: every desk request asks {@link SignIns#isSessionValid} with the
 * moment the session signed in (kept in the session by {@link AccountIdentityStore}). The answer
 * comes from the account's row, so it holds on every server sharing the database without any
 * registry of sessions. The person is signed out and sent to the sign-in page (an ajax step gets the
 * same empty answer as after a time-out, so the page keeps what was typed and says so).
 */
@WebFilter(urlPatterns = {"/desk", "/desk/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class DeskSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(DeskSessionFilter.class.getName());

    @Inject
    private SignIns signIns;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || stillValid(caller, request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Ended the desk session of " + LogText.of(caller.getName()) + " (signed in "
                + signedInAt(request) + "): the account was disabled or changed since");
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            SessionEndedAjaxFilter.answerSignInRequired(response);
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    /**
     * Whether the account still accepts the session. When the database cannot be asked, the request
     * goes on: every desk page and step needs the database too, so it is refused there, as a step
     * during an outage is (the page comes back with what was typed and says nothing was saved).
     */
    private boolean stillValid(Principal caller, HttpServletRequest request) {
        try {
            return signIns.isSessionValid(caller.getName(), signedInAt(request));
        } catch (RuntimeException e) {
            if (StorageFailure.of(e).isPresent()) {
                return true;
            }
            throw e;
        }
    }

    private static Instant signedInAt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object at = session == null ? null : session.getAttribute(AccountIdentityStore.SIGNED_IN_AT_ATTRIBUTE);
        return at instanceof Instant instant ? instant : null;
    }
}
