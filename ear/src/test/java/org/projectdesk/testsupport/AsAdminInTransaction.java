package org.projectdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/**
 * Runs test work with the ADMIN role inside the caller's transaction (unlike {@link AsAdmin}), so that
 * a test can look at what a service wrote and then roll it all back.
 */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdminInTransaction {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
