package org.projectdesk.testsupport;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The deployments of the integration tests: always the real EAR the build packaged (the same
 * artifact that goes to production), for in-container tests with one extra web module holding the
 * test classes.
 */
public final class Deployments {

    private static final String APPLICATION_XML = "META-INF/application.xml";
    static final String TEST_MODULE = "projectdesk-tests.war";

    private Deployments() {
    }

    /** The EAR as built, for tests that drive it from outside (browser, HTTP). */
    public static EnterpriseArchive application() {
        String path = System.getProperty("projectdesk.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("The EAR to test is not built: projectdesk.ear=" + path);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /** The EAR with the given test classes in an extra web module, for in-container tests. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addClasses(testClasses)
                .addClass(Deployments.class)
                .addClass(SharedFiles.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        String applicationXml = read(ear, APPLICATION_XML).replace("</application>", """
                    <module>
                        <web>
                            <web-uri>%s</web-uri>
                            <context-root>/projectdesk-tests</context-root>
                        </web>
                    </module>
                </application>""".formatted(TEST_MODULE));
        ear.delete(APPLICATION_XML);
        ear.add(new StringAsset(applicationXml), APPLICATION_XML);
        return ear;
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
