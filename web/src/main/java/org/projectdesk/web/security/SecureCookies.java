package org.projectdesk.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Marks the session cookie {@code Secure} when the site is HTTPS only ({@link TransportSecurity}). */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Inject
    private TransportSecurity transport;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (transport.isHttpsOnly()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
