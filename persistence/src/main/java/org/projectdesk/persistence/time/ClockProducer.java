package org.projectdesk.persistence.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * The application's one clock, in UTC, for every service and page that needs the time: when a
 * step happened, today's date for a project's status, the date in an ETag, when a scheduled
 * publication is due. Everything asks for an injected {@link Clock} rather than the system's.
 * <p>
 * The clock runs ahead of the system's by the server property {@code projectdesk.clock.offset} (an
 * ISO-8601 duration such as {@code PT2H}; none by default), read at every reading: a test moves time
 * by setting it on the running server (the management model's system properties) instead of waiting.
 */
@ApplicationScoped
public class ClockProducer {

    /** The server property that moves the clock. */
    public static final String OFFSET_PROPERTY = "projectdesk.clock.offset";

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    private final Clock clock = new ServerClock(Clock.systemUTC());

    @Produces
    public Clock clock() {
        return clock;
    }

    /**
     * The system's clock plus the configured offset; serializable (as the system's UTC clock is),
     * so that pages kept in a view or session scope can hold it.
     */
    private static final class ServerClock extends Clock implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Clock system;

        ServerClock(Clock system) {
            this.system = system;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(system.withZone(zone), offset());
        }

        @Override
        public Instant instant() {
            return system.instant().plus(offset());
        }

        private static Duration offset() {
            String configured = System.getProperty(OFFSET_PROPERTY);
            if (configured == null || configured.isBlank()) {
                return Duration.ZERO;
            }
            try {
                return Duration.parse(configured.strip());
            } catch (DateTimeParseException e) {
                LOG.warning(() -> "Ignoring " + OFFSET_PROPERTY + "=" + configured + ": not an ISO-8601 duration");
                return Duration.ZERO;
            }
        }
    }
}
