package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends the browser to a desk address after a successful step (post, then redirect, then get). */
@ApplicationScoped
public class DeskNavigation {

    /** Redirects to the path within the application, e.g. {@code /desk/entry?id=4}. */
    public void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
