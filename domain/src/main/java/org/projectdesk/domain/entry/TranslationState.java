package org.projectdesk.domain.entry;

/** How one field of a revision stands in one language other than English. */
public enum TranslationState {
    /** The field has an English text but (some of) it has none in that language. */
    MISSING,
    /** The translation was edited when or after the English text last changed. */
    UP_TO_DATE,
    /** The English text changed after the translation was last edited: the translation may say something else. */
    OUTDATED
}
