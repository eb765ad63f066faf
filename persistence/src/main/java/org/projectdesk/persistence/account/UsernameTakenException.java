package org.projectdesk.persistence.account;

import org.projectdesk.domain.shared.DomainException;

/** Another account already has that username. */
public class UsernameTakenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UsernameTakenException(String username) {
        super("error.account.usernameTaken", "The username \"{0}\" is already taken.", username);
    }
}
