package org.projectdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/**
 * Runs test work with the EDITOR role inside the caller's transaction (unlike {@link AsEditor}), so that
 * a test can look at what a service wrote and then roll it all back.
 */
@Stateless
@RunAs("EDITOR")
@PermitAll
public class AsEditorInTransaction {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
