package org.projectdesk.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.Supplier;

/**
 * Runs test work as a signed-in ADMIN (principal in the test module's jboss-ejb3.xml), outside
 * any transaction so that each service call commits or rolls back on its own; see {@link Caller}.
 */
@Stateless
@LocalBean
@PermitAll
@RunAs("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsAdmin implements RunAsCaller {

    @Override
    public Outcome attempt(Runnable work) {
        return RunAsCaller.outcomeOf(work);
    }

    @Override
    public <T> T get(Supplier<T> work) {
        return work.get();
    }
}
