package org.projectdesk.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The test callers, injected into in-container tests: {@code callers.as(Caller.REVIEWER, () -> …)}. */
@ApplicationScoped
public class Callers {

    @Inject
    AsEditor editor;
    @Inject
    AsReviewer reviewer;
    @Inject
    AsAdmin admin;
    @Inject
    AsAuthor author;
    @Inject
    AsAdminAuthor adminAuthor;

    /** Runs the work as the caller and says how it ended. */
    public Outcome as(Caller caller, Runnable work) {
        return caller == Caller.ANONYMOUS ? Caller.anonymously(work) : bean(caller).attempt(work);
    }

    /** Runs the work as the caller and returns its result (a refusal fails the test). */
    public <T> T get(Caller caller, Supplier<T> work) {
        return caller == Caller.ANONYMOUS ? Caller.value(work) : bean(caller).get(work);
    }

    private RunAsCaller bean(Caller caller) {
        return switch (caller) {
            case EDITOR -> editor;
            case REVIEWER -> reviewer;
            case ADMIN -> admin;
            case AUTHOR -> author;
            case ADMIN_AUTHOR -> adminAuthor;
            case ANONYMOUS -> throw new IllegalArgumentException("anonymous has no bean");
        };
    }

    /** The EAR with the tests and the callers (classes and their run-as principals). */
    public static EnterpriseArchive deployment(Class<?>... testClasses) {
        Class<?>[] all = java.util.stream.Stream.concat(Arrays.stream(testClasses), java.util.stream.Stream.of(
                Callers.class, Caller.class, Outcome.class, RunAsCaller.class, AsEditor.class, AsReviewer.class,
                AsAdmin.class, AsAuthor.class, AsAdminAuthor.class, RolledBack.class)).toArray(Class<?>[]::new);
        EnterpriseArchive ear = Deployments.withTests(all);
        ear.getAsType(WebArchive.class, Deployments.TEST_MODULE).addAsWebInfResource(new StringAsset(jbossEjb3()),
                "jboss-ejb3.xml");
        return ear;
    }

    private static String jbossEjb3() {
        String security = Arrays.stream(Caller.values()).filter(c -> c != Caller.ANONYMOUS)
                .map(c -> """
                                <s:security>
                                    <ejb-name>%s</ejb-name>
                                    <s:run-as-principal>%s</s:run-as-principal>
                                </s:security>
                        """.formatted(c.beanName(), c.username()))
                .collect(Collectors.joining());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <jboss:ejb-jar xmlns:jboss="urn:jboss:jakartaee:1.0" xmlns="https://jakarta.ee/xml/ns/jakartaee"
                               xmlns:s="urn:security:2.0" version="4.0" impl-version="2.0">
                    <assembly-descriptor>
                %s    </assembly-descriptor>
                </jboss:ejb-jar>
                """.formatted(security);
    }
}
