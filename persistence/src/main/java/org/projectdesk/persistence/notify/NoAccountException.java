package org.projectdesk.persistence.notify;

import org.projectdesk.domain.shared.DomainException;

/** The signed-in person has no account of their own here (a test principal), so has nothing to set. */
public class NoAccountException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NoAccountException(String username) {
        super("error.notifications.noAccount", "There is no account {0} to keep settings for.", username);
    }
}
