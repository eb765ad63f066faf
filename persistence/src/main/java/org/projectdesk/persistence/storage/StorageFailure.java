package org.projectdesk.persistence.storage;

import jakarta.resource.ResourceException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Failures of the storage itself rather than of a request: the database cannot be reached, or it
 * cannot write. Nothing a person typed is wrong when these happen, nothing was stored, and the same
 * step succeeds once the storage is back — so the pages say exactly that (503 on the public side,
 * a message beside the kept input on the desk) instead of showing an error. {@link #of(Throwable)}
 * recognises them anywhere in a chain of causes, whoever wrapped them (Hibernate, the EJB container,
 * the connection pool, Faces).
 */
public enum StorageFailure {

    /** The database does not answer: stopped, restarting, out of connections, or the pool cannot get one. */
    UNREACHABLE,
    /** The database answers but cannot write: its disk is full, or its files or the file system are read-only. */
    CANNOT_WRITE;

    /** The message key the pages show for it (in every language, see the web module's bundles). */
    public String messageKey() {
        return this == UNREACHABLE ? "error.storage.unreachable" : "error.storage.cannotWrite";
    }

    /**
     * The storage failure somewhere in this exception's causes (and their suppressed exceptions:
     * a failed commit reaches the caller as a rollback whose reason is suppressed), if there is
     * one. A full or read-only disk wins over an unreachable database when both are named, since
     * the pool reports a failed write as a failed connection too.
     */
    public static Optional<StorageFailure> of(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(thrown);
        boolean unreachable = false;
        while (!pending.isEmpty()) {
            Throwable cause = pending.poll();
            if (!seen.add(cause)) {
                continue;
            }
            Optional<StorageFailure> failure = classify(cause);
            if (failure.isPresent() && failure.get() == CANNOT_WRITE) {
                return failure;
            }
            unreachable |= failure.isPresent();
            List<Throwable> related = new ArrayList<>(Arrays.asList(cause.getSuppressed()));
            related.add(cause.getCause());
            if (cause instanceof SQLException sql) {
                related.add(sql.getNextException());
            }
            related.stream().filter(Objects::nonNull).forEach(pending::add);
        }
        return unreachable ? Optional.of(UNREACHABLE) : Optional.empty();
    }

    private static Optional<StorageFailure> classify(Throwable cause) {
        if (cause instanceof SQLException sql) {
            return classify(sql);
        }
        if (cause instanceof ResourceException) {
            // the connection pool could not get a connection (IJ000453 and the like)
            return Optional.of(UNREACHABLE);
        }
        if (cause instanceof IOException && cause.getMessage() != null) {
            return cannotWrite(cause.getMessage());
        }
        if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException") && cause.getMessage() != null) {
            // H2's storage engine: "Writing to … failed", "This store is closed" after a failed write
            String message = cause.getMessage();
            if (message.contains("Writing to") || message.contains("failed")) {
                return Optional.of(CANNOT_WRITE);
            }
            if (message.contains("closed")) {
                return Optional.of(UNREACHABLE);
            }
        }
        return Optional.empty();
    }

    private static Optional<StorageFailure> classify(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                || state.startsWith("08")) {
            return Optional.of(UNREACHABLE);
        }
        switch (state) {
            // PostgreSQL: disk full, I/O error, read-only transaction (a standby or a read-only server)
            case "53100", "58030", "25006" -> {
                return Optional.of(CANNOT_WRITE);
            }
            // PostgreSQL: shutting down, crashed, starting; out of memory or connections
            case "57P01", "57P02", "57P03", "53000", "53200", "53300" -> {
                return Optional.of(UNREACHABLE);
            }
            // H2 (its error codes are its SQL states): no disk space, database read-only, file I/O
            case "90100", "90097", "90028", "90031" -> {
                return Optional.of(CANNOT_WRITE);
            }
            // H2: database closed (after a failed write, or at shutdown), already open elsewhere
            case "90098", "90121", "90020" -> {
                return Optional.of(UNREACHABLE);
            }
            default -> {
                return sql.getMessage() == null ? Optional.empty() : cannotWrite(sql.getMessage());
            }
        }
    }

    private static Optional<StorageFailure> cannotWrite(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left on device") || lower.contains("read-only file system")
                || lower.contains("disk quota exceeded")) {
            return Optional.of(CANNOT_WRITE);
        }
        return Optional.empty();
    }
}
