package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.domain.shared.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends the browser to a desk address after a successful step (post, then redirect, then get), or
 * answers "not found" when a page's address names nothing.
 */
@Named
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

    /**
     * What a page's address names, looked up; when the address names nothing (no key, or the
     * lookup finds nothing or refuses with a {@link NotFoundException}) the page answers 404
     * instead and this is empty.
     */
    public <T> Optional<T> lookUp(Object key, Supplier<T> lookup) {
        if (key != null) {
            try {
                T found = lookup.get();
                if (found != null) {
                    return Optional.of(found);
                }
            } catch (NotFoundException e) {
                // answered below
            }
        }
        notFound();
        return Optional.empty();
    }

    /**
     * Answers 404 when the page's address could not be read, e.g. {@code /desk/history?id=abc}: such an
     * address names nothing. A page calls it as a view action in the validation phase, which runs
     * even when a view parameter's conversion failed (and the page's own view action then does not).
     */
    public void notFoundIfUnreadable() {
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            notFound();
        }
    }

    /** Answers 404 (the not-found page) instead of the page being built, e.g. when its id names no entry. */
    public void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
