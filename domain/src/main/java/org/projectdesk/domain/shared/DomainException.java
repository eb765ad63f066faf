package org.projectdesk.domain.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.util.Arrays;

/**
 * A broken business rule. Carries a message key (resolved by the web layer from its resource
 * bundles, key rule: {@code error.<area>.<rule>}) and arguments, plus an English message for logs
 * and API clients.
 *
 * <p>The arguments are what a person typed or a file held, so they are bounded before anything
 * formats them: a big number (which {@code MessageFormat} would write out digit by digit, a
 * billion digits for {@code 1e999999999}) becomes its short scientific form, and a long text is cut
 * to {@value #MAX_ARGUMENT_LENGTH} characters.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The most characters of one argument a message shows. */
    public static final int MAX_ARGUMENT_LENGTH = 200;
    /** Numbers with more digits than this, or a larger exponent, are shown in scientific form. */
    private static final int MAX_PLAIN_DIGITS = 40;

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, String englishPattern, Object... arguments) {
        this(messageKey, englishPattern, bounded(arguments), true);
    }

    private DomainException(String messageKey, String englishPattern, Object[] bounded, boolean alreadyBounded) {
        super(MessageFormat.format(englishPattern.replace("'", "''"), bounded));
        this.messageKey = messageKey;
        this.arguments = bounded;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    /** The arguments as they may be formatted: numbers and texts of bounded size. */
    static Object[] bounded(Object... arguments) {
        Object[] bounded = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            bounded[i] = bounded(arguments[i]);
        }
        return bounded;
    }

    private static Object bounded(Object argument) {
        if (argument instanceof BigDecimal number) {
            return isSmall(number) ? number.stripTrailingZeros().toPlainString() : cut(number.toString());
        }
        if (argument instanceof BigInteger number) {
            return number.bitLength() <= 128 ? number.toString() : cut(new BigDecimal(number).round(
                    new java.math.MathContext(MAX_PLAIN_DIGITS)).toString());
        }
        if (argument instanceof Double || argument instanceof Float) {
            return argument.toString();
        }
        if (argument instanceof CharSequence text) {
            return cut(text.toString());
        }
        return argument;
    }

    private static boolean isSmall(BigDecimal number) {
        return number.precision() <= MAX_PLAIN_DIGITS && Math.abs((long) number.scale()) <= MAX_PLAIN_DIGITS;
    }

    private static String cut(String text) {
        return text.length() <= MAX_ARGUMENT_LENGTH ? text : text.substring(0, MAX_ARGUMENT_LENGTH) + "…";
    }
}
