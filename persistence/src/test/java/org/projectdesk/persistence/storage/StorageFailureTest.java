package org.projectdesk.persistence.storage;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StorageFailureTest {

    @Test
    void aDatabaseThatDoesNotAnswerIsUnreachableHoweverDeeplyWrapped() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertEquals(Optional.of(StorageFailure.UNREACHABLE),
                StorageFailure.of(new EJBException(new PersistenceException("could not prepare", refused))));
        assertEquals(Optional.of(StorageFailure.UNREACHABLE),
                StorageFailure.of(new PersistenceException(new SQLTransientConnectionException("timeout"))));
        assertEquals(Optional.of(StorageFailure.UNREACHABLE),
                StorageFailure.of(new RuntimeException(new ResourceException("IJ000453: Unable to get managed connection"))));
        assertEquals(Optional.of(StorageFailure.UNREACHABLE),
                StorageFailure.of(new SQLException("terminating connection due to administrator command", "57P01")));
        assertEquals(Optional.of(StorageFailure.UNREACHABLE),
                StorageFailure.of(new SQLException("Database is already closed", "90098", 90098)));
    }

    @Test
    void aFullOrReadOnlyDiskCannotWrite() {
        assertEquals(Optional.of(StorageFailure.CANNOT_WRITE),
                StorageFailure.of(new SQLException("could not extend file: No space left on device", "53100")));
        assertEquals(Optional.of(StorageFailure.CANNOT_WRITE),
                StorageFailure.of(new SQLException("No disk space available", "90100", 90100)));
        assertEquals(Optional.of(StorageFailure.CANNOT_WRITE),
                StorageFailure.of(new SQLException("The database is read only", "90097", 90097)));
        assertEquals(Optional.of(StorageFailure.CANNOT_WRITE),
                StorageFailure.of(new UncheckedIOException(new IOException("No space left on device"))));
        assertEquals(Optional.of(StorageFailure.CANNOT_WRITE),
                StorageFailure.of(new IllegalStateException(new IOException("Read-only file system"))));
    }

    @Test
    void aCommitThatFailedForWantOfSpaceIsFoundAmongTheRollbacksSuppressedReasons() {
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("IJ001156: Could not commit local transaction",
                new ResourceException("SQLException", new SQLException("General error: Writing to file failed", "HY000",
                        50000, new IllegalStateException(new IOException("No space left on device"))))));
        assertEquals(Optional.of(StorageFailure.CANNOT_WRITE), StorageFailure.of(new EJBException(rollback)));
    }

    @Test
    void whatTheRequestDidWrongIsNoStorageFailure() {
        assertEquals(Optional.empty(), StorageFailure.of(new SQLException("duplicate key value", "23505")));
        assertEquals(Optional.empty(), StorageFailure.of(new PersistenceException("constraint", new SQLException("x", "23503"))));
        assertEquals(Optional.empty(), StorageFailure.of(new IllegalArgumentException("bad slug")));
        assertEquals(Optional.empty(), StorageFailure.of(new IOException("Broken pipe")));
    }

    @Test
    void aCircularChainOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertEquals(Optional.empty(), StorageFailure.of(first));
    }

    @Test
    void eachFailureNamesItsMessage() {
        assertEquals("error.storage.unreachable", StorageFailure.UNREACHABLE.messageKey());
        assertEquals("error.storage.cannotWrite", StorageFailure.CANNOT_WRITE.messageKey());
    }
}
