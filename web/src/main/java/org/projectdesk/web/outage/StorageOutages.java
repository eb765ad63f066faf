package org.projectdesk.web.outage;

import org.projectdesk.persistence.storage.StorageFailure;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the site does when its storage fails (see {@link StorageFailure}): it tells the operators
 * once a minute per kind of failure, with the cause, rather than a stack trace per request, and it
 * asks clients to come back after {@link #RETRY_AFTER_SECONDS}.
 */
public final class StorageOutages {

    /** The Retry-After of a 503 answer: the datasource validates its connections, so the site recovers by itself. */
    public static final String RETRY_AFTER_SECONDS = "60";

    private static final Logger LOG = Logger.getLogger(StorageOutages.class.getName());
    private static final Duration QUIET = Duration.ofMinutes(1);
    private static final Map<StorageFailure, Instant> LAST_REPORTED = new ConcurrentHashMap<>();

    private StorageOutages() {
    }

    /** Logs the failure, with its cause the first time in a minute and a line after that. */
    public static void report(StorageFailure failure, Throwable cause) {
        Instant now = Instant.now();
        Instant last = LAST_REPORTED.get(failure);
        if (last == null || last.plus(QUIET).isBefore(now)) {
            LAST_REPORTED.put(failure, now);
            LOG.log(Level.SEVERE, "Storage failure (" + failure + "): requests are answered 503 and desk steps"
                    + " refused with a message until it is back", cause);
        } else {
            LOG.warning(() -> "Storage failure (" + failure + ") goes on: " + cause);
        }
    }
}
