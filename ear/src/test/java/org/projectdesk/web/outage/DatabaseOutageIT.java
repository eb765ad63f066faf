package org.projectdesk.web.outage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.testsupport.BuildPostgres;
import org.projectdesk.testsupport.DeskClient;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.ServerCopy;
import org.projectdesk.testsupport.TestServer;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away while the site is in use (the build's PostgreSQL is stopped under the
 * running server) and comes back: pages the response cache keeps are still served, readers of
 * a page that needs the database get a clear 503 page in their language (the API a 503 problem), an editor's step
 * is refused with a message while the form keeps what was typed, and
 * once the database is back the site recovers by itself (the datasource validates its connections)
 * and the same step goes through. Runs on PostgreSQL only (failsafe execution it-postgresql).
 */
@Tag("database-outage")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theSiteSaysItIsAwayKeepsTheEditorsInputAndRecoversByItself() throws Exception {
        BuildPostgres database = BuildPostgres.shared();
        DeskClient editor = new DeskClient(TestServer.url(""));
        assertTrue(editor.signIn("editor", "demo-editor"));
        DeskClient.Page form = editor.get("/desk/entry");
        Map<String, String> fields = DeskClient.fields(form.form("entry"));
        String titleField = form.document().select("input[id$=title-en]").attr("name");
        fields.put(titleField, "Written while the database was away");
        assertEquals(200, TestServer.get("/projects").statusCode());

        database.stop();
        try {
            // a page kept finished by the response cache needs no database, nor does a search
            // (answered by the index): readers still get them
            HttpResponse<String> cached = TestServer.get("/projects");
            assertEquals(200, cached.statusCode(), cached.body());

            HttpResponse<String> english = TestServer.get("/projects/mibma");
            assertEquals(503, english.statusCode(), english.body());
            assertTrue(english.headers().firstValue("Retry-After").isPresent());
            assertTrue(english.body().contains("lang=\"en\""), english.body());
            assertTrue(english.body().contains("Back in a moment"), english.body());
            assertFalse(english.body().contains("Exception"), english.body());

            HttpResponse<String> french = TestServer.get("/fr/projects/mibma");
            assertEquals(503, french.statusCode());
            assertTrue(french.body().contains("lang=\"fr\""), french.body());
            assertTrue(french.body().contains("De retour dans un instant"), french.body());

            HttpResponse<String> russian = TestServer.get("/ru/timeline");
            assertEquals(503, russian.statusCode());
            assertTrue(russian.body().contains("Скоро вернёмся"), russian.body());

            HttpResponse<String> api = TestServer.get("/api/v1/projects?q=border");
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(api.body().contains("\"status\":503"), api.body());

            DeskClient reviewer = new DeskClient(TestServer.url(""));
            DeskClient.Page login = reviewer.get("/login");
            Map<String, String> credentials = DeskClient.fields(login.form("signIn"));
            credentials.put("username", "reviewer");
            credentials.put("password", "demo-reviewer");
            DeskClient.Page notSignedIn = reviewer.post(login, "signIn", "signInButton", credentials);
            assertEquals(200, notSignedIn.status(), notSignedIn.document().text());
            assertTrue(notSignedIn.says("the database does not answer just now"), notSignedIn.messages());
            assertEquals("reviewer", notSignedIn.document().getElementById("username").val());

            DeskClient.Page refused = editor.post(form, "entry", "save", fields);
            assertEquals(200, refused.status(), refused.document().text());
            assertTrue(refused.says("Nothing was saved: the database does not answer just now."), refused.messages());
            Element kept = refused.document().selectFirst("input[id$=title-en]");
            assertEquals("Written while the database was away", kept.val(), "the form keeps what was typed");
            form = refused;
            fields = DeskClient.fields(form.form("entry"));
        } finally {
            database.start();
        }

        assertTrue(ServerCopy.answers(TestServer.url("/projects"), Duration.ofMinutes(2)),
                "the site did not come back by itself");
        assertEquals(200, TestServer.get("/projects").statusCode());
        assertEquals(200, TestServer.get("/api/v1/projects").statusCode());
        DeskClient.Page saved = editor.post(form, "entry", "save", fields);
        assertTrue(saved.says("The draft was created"), saved.messages());
        assertTrue(saved.address().getQuery().startsWith("id="), saved.address().toString());
    }
}
