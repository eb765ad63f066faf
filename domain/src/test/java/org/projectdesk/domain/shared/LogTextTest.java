package org.projectdesk.domain.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogTextTest {

    @Test
    void aLineBreakCannotStartAForgedLogLine() {
        String forged = LogText.of("editor\n2026-01-01 12:00:00,000 INFO  Signed in: admin [ADMIN]");
        assertFalse(forged.contains("\n"), forged);
        assertTrue(forged.startsWith("editor\\n2026"), forged);
    }

    @Test
    void everyControlCharacterAndDirectionOverrideIsEscaped() {
        assertEquals("a\\r\\tb\\u0000\\u001B[31m\\u202Ec\\u2028\\\\n", LogText.of("a\r\tb\u0000\u001B[31m\u202Ec\u2028\\n"));
    }

    @Test
    void plainTextStaysAsItIs() {
        assertEquals("editor-2 from 127.0.0.1 (Ёлка, été)", LogText.of("editor-2 from 127.0.0.1 (Ёлка, été)"));
        assertEquals("null", LogText.of(null));
    }

    @Test
    void aLongTextIsCutAndSaysHowLongItWas() {
        String logged = LogText.of("x".repeat(1_000_000));
        assertEquals(LogText.MAX_LENGTH + "…(1000000 characters)".length(), logged.length());
        assertTrue(logged.endsWith("…(1000000 characters)"));
    }
}
