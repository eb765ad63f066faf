package org.projectdesk.domain.shared;

/**
 * Nothing has the id, name or code asked for (an entry, an account, an organisation, a region).
 * Pages answer it with their not-found page, whatever was looked for.
 */
public abstract class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    protected NotFoundException(String messageKey, String englishPattern, Object... arguments) {
        super(messageKey, englishPattern, arguments);
    }
}
