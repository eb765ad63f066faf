package org.projectdesk.web.i18n;

import org.projectdesk.domain.shared.Language;

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
}
