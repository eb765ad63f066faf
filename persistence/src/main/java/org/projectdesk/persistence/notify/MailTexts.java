package org.projectdesk.persistence.notify;

import org.projectdesk.domain.shared.Language;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The words of the notification mails, in the recipient's language, from the bundle
 * {@code org/projectdesk/persistence/notify/mail*.properties} (English, French, Russian).
 */
final class MailTexts {

    private static final String BUNDLE = "org.projectdesk.persistence.notify.mail";

    private final ResourceBundle bundle;
    private final Language language;

    MailTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), MailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String subject(NoticeKind kind, String title) {
        return format("mail.subject." + kind.name(), title);
    }

    String body(NoticeKind kind, String title, String actor, String link) {
        return format("mail.body." + kind.name(), title, actor) + "\n\n"
                + format("mail.link", link) + "\n\n-- \n" + format("mail.footer");
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }
}
