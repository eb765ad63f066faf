package org.projectdesk.persistence.account;

import org.projectdesk.domain.shared.NotFoundException;

/** No account has that username. */
public class UnknownAccountException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String username) {
        super("error.account.unknown", "There is no account \"{0}\".", username);
    }
}
