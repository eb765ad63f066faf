package org.projectdesk.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DomainExceptionTest {

    @Test
    @Timeout(10)
    void aHugeNumberIsNeverWrittenOutDigitByDigit() {
        DomainException refusal = new DomainException("error.test", "Not {0} percent.", new BigDecimal("1e999999999"));
        assertEquals("Not 1E+999999999 percent.", refusal.getMessage());
        assertEquals("1E+999999999", refusal.arguments()[0]);
    }

    @Test
    @Timeout(10)
    void aNumberWithManyDigitsIsShownShort() {
        String digits = "9".repeat(5_000);
        DomainException refusal = new DomainException("error.test", "Not {0}.", new BigDecimal(digits + "." + digits));
        assertTrue(refusal.getMessage().length() < 300, refusal.getMessage());
        DomainException integer = new DomainException("error.test", "Not {0}.", new BigInteger(digits));
        assertTrue(integer.getMessage().length() < 300, integer.getMessage());
    }

    @Test
    void anOrdinaryNumberReadsAsUsual() {
        assertEquals("Not 33.5 percent.", new DomainException("error.test", "Not {0} percent.", new BigDecimal("33.50")).getMessage());
        assertEquals("At most 200 characters.", new DomainException("error.test", "At most {0} characters.", 200).getMessage());
    }

    @Test
    void aLongTextIsCut() {
        DomainException refusal = new DomainException("error.test", "\"{0}\" is unknown.", "x".repeat(1_000_000));
        assertTrue(refusal.getMessage().length() < DomainException.MAX_ARGUMENT_LENGTH + 20);
    }
}
