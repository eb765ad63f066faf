package org.projectdesk.testsupport;

import java.util.function.Supplier;

/**
 * Who a test acts as, in-container, through the real security checks: each signed-in caller is a
 * test-only session bean declared with {@code @RunAs(role)} and a run-as principal (the test
 * module's jboss-ejb3.xml), so the services see that username and only that role, exactly as
 * @RolesAllowed and the SessionContext see a signed-in person. ANONYMOUS calls directly, unauthenticated.
 */
public enum Caller {
    ANONYMOUS(null, null),
    /** An editor who did not write the entries under test. */
    EDITOR("it-editor", "EDITOR"),
    REVIEWER("it-reviewer", "REVIEWER"),
    /** An administrator not involved with the entries under test. */
    ADMIN("it-admin", "ADMIN"),
    /** The editor who wrote and submitted the entries under test. */
    AUTHOR("it-author", "EDITOR"),
    /** An administrator who writes and submits entries, so the four-eyes rule applies to them. */
    ADMIN_AUTHOR("it-admin-author", "ADMIN");

    private final String username;
    private final String role;

    Caller(String username, String role) {
        this.username = username;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    /** The test bean that runs work as this caller, named as in jboss-ejb3.xml. */
    String beanName() {
        return switch (this) {
            case ANONYMOUS -> null;
            case EDITOR -> "AsEditor";
            case REVIEWER -> "AsReviewer";
            case ADMIN -> "AsAdmin";
            case AUTHOR -> "AsAuthor";
            case ADMIN_AUTHOR -> "AsAdminAuthor";
        };
    }

    /** Runs the work unauthenticated and says how it ended. */
    static Outcome anonymously(Runnable work) {
        return RunAsCaller.outcomeOf(work);
    }

    /** Runs the work and returns its result, failing the test on any refusal. */
    static <T> T value(Supplier<T> work) {
        return work.get();
    }
}
