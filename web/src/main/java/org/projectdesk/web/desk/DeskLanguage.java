package org.projectdesk.web.desk;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.account.LanguageChoice;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the desk speaks to the signed-in person: the one they chose in the desk's header
 * (kept on their account, read once per session), else their browser's, else English.
 */
@Named
@SessionScoped
public class DeskLanguage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The form field that carries the address the person chose the language on. */
    static final String BACK_PARAMETER = "back";

    @Inject
    private LanguageChoice choices;

    private Language chosen;
    private boolean read;

    public Language get() {
        return chosen().orElseGet(DeskLanguage::browsers);
    }

    public Locale getLocale() {
        return get().locale();
    }

    public String getTag() {
        return get().tag();
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public boolean isCurrent(Language language) {
        return get() == language;
    }

    /** The address of the page being shown, to come back to after a choice. */
    public String getHere() {
        return Faces.getRequestURIWithQueryString();
    }

    /** Remembers the choice on the account and shows the same page again in that language. */
    public void choose(Language language) throws IOException {
        choices.choose(language);
        chosen = language;
        read = true;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String back = external.getRequestParameterMap().get(BACK_PARAMETER);
        external.redirect(deskAddress(external.getRequestContextPath(), back));
    }

    /** Only an address of the desk itself, so that the field cannot send anyone elsewhere. */
    static String deskAddress(String contextPath, String back) {
        String desk = contextPath + "/desk";
        boolean ownDesk = back != null && (back.equals(desk) || back.startsWith(desk + "/") || back.startsWith(desk + "?"))
                && !back.contains("//") && !back.contains("\\") && back.chars().noneMatch(Character::isISOControl);
        return ownDesk ? back : desk;
    }

    private Optional<Language> chosen() {
        if (!read && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            chosen = choices.chosen().orElse(null);
            read = true;
        }
        return Optional.ofNullable(chosen);
    }

    private static Language browsers() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (var it = context.getExternalContext().getRequestLocales(); it.hasNext(); ) {
            Optional<Language> offered = Language.fromTag(it.next().toLanguageTag());
            if (offered.isPresent()) {
                return offered.get();
            }
        }
        return Language.DEFAULT;
    }
}
