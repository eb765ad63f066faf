package org.projectdesk.persistence.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The application's one clock, in UTC, for every service and page that needs the time: when a
 * step happened, today's date for a project's status, the date in an ETag. Everything asks for an
 * injected {@link Clock} rather than the system's, so that a test can set the time by deploying an
 * alternative producer.
 */
@ApplicationScoped
public class ClockProducer {

    private final Clock clock = Clock.systemUTC();

    @Produces
    public Clock clock() {
        return clock;
    }
}
