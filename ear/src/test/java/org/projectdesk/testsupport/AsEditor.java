package org.projectdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** Runs a piece of an in-container test with the EDITOR role, for services protected by roles. */
@Stateless
@RunAs("EDITOR")
@PermitAll
public class AsEditor {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
