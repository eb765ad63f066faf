package org.projectdesk.persistence.time;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockProducerTest {

    @AfterEach
    void resetOffset() {
        System.clearProperty(ClockProducer.OFFSET_PROPERTY);
    }

    @Test
    void theClockRunsInUtcAheadByTheConfiguredOffsetReadAtEveryReading() {
        Clock clock = new ClockProducer().clock();
        assertEquals(ZoneOffset.UTC, clock.getZone());
        Instant now = clock.instant();
        System.setProperty(ClockProducer.OFFSET_PROPERTY, "PT2H");
        Duration ahead = Duration.between(now, clock.instant());
        assertTrue(ahead.compareTo(Duration.ofHours(2)) >= 0 && ahead.compareTo(Duration.ofHours(2).plusMinutes(1)) < 0,
                ahead.toString());
        System.setProperty(ClockProducer.OFFSET_PROPERTY, "not a duration");
        assertTrue(Duration.between(now, clock.instant()).compareTo(Duration.ofMinutes(1)) < 0, "an unreadable offset moves nothing");
    }

    @Test
    void pagesKeptInAViewOrSessionCanHoldTheClock() throws Exception {
        Clock clock = new ClockProducer().clock();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(clock);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Clock restored = (Clock) in.readObject();
            assertEquals(ZoneOffset.UTC, restored.getZone());
            assertTrue(Duration.between(clock.instant(), restored.instant()).abs().compareTo(Duration.ofMinutes(1)) < 0);
        }
    }
}
