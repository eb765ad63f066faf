package org.projectdesk.testsupport;

import jakarta.ejb.EJBAccessException;
import org.projectdesk.domain.shared.DomainException;

import java.util.function.Supplier;

/**
 * What every run-as test bean does: runs the work under its identity and reports how it ended.
 * Each bean declares the two methods itself (security annotations are read per declaring class).
 */
public interface RunAsCaller {

    Outcome attempt(Runnable work);

    <T> T get(Supplier<T> work);

    /** Runs the work and says how it ended. */
    static Outcome outcomeOf(Runnable work) {
        try {
            work.run();
            return Outcome.done();
        } catch (EJBAccessException e) {
            return Outcome.forbidden();
        } catch (DomainException e) {
            return Outcome.refused(e);
        }
    }
}
