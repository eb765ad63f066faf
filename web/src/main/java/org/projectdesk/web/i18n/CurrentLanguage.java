package org.projectdesk.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.web.routing.PublicRoutes;

import java.util.Locale;

/** The language of the current request, as its address chose it (see {@link PublicRoutes}). */
@Named
@RequestScoped
public class CurrentLanguage {

    private Language language;

    @Inject
    private HttpServletRequest request;

    public Language get() {
        if (language == null) {
            Object chosen = request.getAttribute(PublicRoutes.LANGUAGE_ATTRIBUTE);
            language = chosen instanceof Language l ? l : Language.DEFAULT;
        }
        return language;
    }

    public String getTag() {
        return get().tag();
    }

    public Locale getLocale() {
        return get().locale();
    }
}
