package org.projectdesk.domain.shared;

import java.text.MessageFormat;
import java.util.Arrays;

/**
 * A broken business rule. Carries a message key (resolved by the web layer from its resource
 * bundles, key rule: {@code error.<area>.<rule>}) and arguments, plus an English message for logs
 * and API clients.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, String englishPattern, Object... arguments) {
        super(MessageFormat.format(englishPattern.replace("'", "''"), arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
