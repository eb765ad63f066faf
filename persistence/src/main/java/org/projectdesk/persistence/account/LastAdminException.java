package org.projectdesk.persistence.account;

import org.projectdesk.domain.shared.DomainException;

/** The change would leave no enabled account with the ADMIN role: nobody could administer accounts. */
public class LastAdminException extends DomainException {

    private static final long serialVersionUID = 1L;

    public LastAdminException(String username) {
        super("error.account.lastAdmin",
                "{0} is the last enabled administrator: give another account the ADMIN role first.", username);
    }
}
