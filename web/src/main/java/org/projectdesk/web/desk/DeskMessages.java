package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.projectdesk.domain.shared.DomainException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts texts from the resource bundle on the page as Faces messages: a refused business rule in the
 * person's language (the exception's message key and arguments), or a page's own message.
 */
@ApplicationScoped
public class DeskMessages {

    private static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    /** A refused rule, for a component (client id) or, with null, for the whole page. */
    public void error(String clientId, DomainException refusal) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(refusal));
    }

    public void error(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        add(clientId, severity, text(key, arguments));
    }

    public void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void warn(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_WARN, text(key, arguments));
    }

    /** Keeps the messages of this request for the page the person is redirected to. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The refusal's text in the person's language; its English message if the bundle lacks the key. */
    public String text(DomainException refusal) {
        try {
            return format(bundle().getString(refusal.messageKey()), refusal.arguments());
        } catch (MissingResourceException e) {
            return refusal.getMessage();
        }
    }

    public String text(String key, Object... arguments) {
        return format(bundle().getString(key), arguments);
    }

    private static String format(String pattern, Object... arguments) {
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
