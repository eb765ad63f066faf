package org.projectdesk.persistence.account;

import org.projectdesk.domain.shared.InvalidValueException;

/** The new password is too short. */
public class WeakPasswordException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public WeakPasswordException() {
        super("password", "error.account.passwordTooShort", "A password needs at least {0} characters.",
                SignInPolicy.MIN_PASSWORD_LENGTH);
    }
}
