package org.projectdesk.testsupport;

import jakarta.transaction.UserTransaction;

import java.util.function.Supplier;

/** Reads in a transaction of its own that is rolled back, so a test looks without changing anything. */
public final class RolledBack {

    private RolledBack() {
    }

    public static <T> T read(UserTransaction transaction, Supplier<T> work) {
        try {
            transaction.begin();
            try {
                return work.get();
            } finally {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
