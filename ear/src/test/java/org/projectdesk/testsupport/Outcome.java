package org.projectdesk.testsupport;

import org.projectdesk.domain.shared.DomainException;

/**
 * How a use case tried by a test caller ended: done, refused by the container for lack of a role
 * (jakarta.ejb.EJBAccessException), or refused by a business rule (the {@link DomainException}).
 */
public record Outcome(Kind kind, DomainException refusal) {

    public enum Kind { DONE, FORBIDDEN, REFUSED }

    public static Outcome done() {
        return new Outcome(Kind.DONE, null);
    }

    public static Outcome forbidden() {
        return new Outcome(Kind.FORBIDDEN, null);
    }

    public static Outcome refused(DomainException refusal) {
        return new Outcome(Kind.REFUSED, refusal);
    }

    public boolean isRefusedWith(Class<? extends DomainException> type) {
        return kind == Kind.REFUSED && type.isInstance(refusal);
    }

    @Override
    public String toString() {
        return kind == Kind.REFUSED ? "REFUSED(" + refusal.getClass().getSimpleName() + ": " + refusal.getMessage() + ")"
                : kind.name();
    }
}
