package org.projectdesk.web.i18n;

import org.projectdesk.domain.shared.Language;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ResourceBundle;

/** The interface texts outside Faces (PDF, feed): the same bundle the pages use, in one language. */
public final class Messages {

    public static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** A text of the bundle with its arguments, numbers written the language's way. */
    public static String format(Language language, String key, Object... arguments) {
        return new MessageFormat(bundle(language).getString(key), language.locale()).format(arguments);
    }

    /** A whole number written the language's way (1,234 · 1 234 · 1 234). */
    public static String number(Language language, long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }
}
