package org.projectdesk.domain.shared;

/**
 * A value that cannot be constructed because its input breaks the value's own rule. Names the
 * field so that the message can be shown next to it.
 */
public class InvalidValueException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String field, String messageKey, String englishPattern, Object... arguments) {
        super(messageKey, englishPattern, arguments);
        this.field = field;
    }

    /** The name of the field whose input was refused, e.g. {@code duration} or {@code countries}. */
    public String field() {
        return field;
    }
}
