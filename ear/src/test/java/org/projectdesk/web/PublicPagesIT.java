package org.projectdesk.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.projectdesk.testsupport.DeskClient;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.TestServer;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public pages over HTTP: status codes, statelessness, error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void rootLeadsToTheProjects() {
        HttpResponse<String> response = TestServer.get("/");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/projects"));
    }

    @Test
    void publicPagesCreateNoSession() {
        for (String path : new String[]{"/projects", "/projects/mibma", "/projects/no-such-project",
                "/fr/projects?q=frontieres&country=AM", "/ru/projects/mibma", "/timeline", "/countries/am",
                "/organisations/icmpd", "/projects/mibma/factsheet.pdf", "/feed.atom", "/sitemap.xml", "/robots.txt",
                "/api/v1/projects", "/api/v1/projects/mibma?lang=ru", "/iati/activities.xml", "/iati/activities/mibma.xml"}) {
            HttpResponse<String> response = TestServer.get(path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                    () -> path + " set " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void listingIsHtml5InEnglish() {
        HttpResponse<String> response = TestServer.get("/projects");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("<!DOCTYPE html>"), response.body().substring(0, 80));
        assertTrue(response.body().matches("(?s)<!DOCTYPE html>\\s*<html[^>]* lang=\"en\".*"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void unknownProjectIsAProperNotFoundPage() {
        HttpResponse<String> response = TestServer.get("/projects/no-such-project");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
        assertTrue(response.body().contains("href=\"/projects\""));
    }

    @Test
    void unknownAddressIsNotFoundWithoutServerDetails() {
        HttpResponse<String> response = TestServer.get("/no/such/page");
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("WildFly"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void facesSourcesAreNotServed() {
        assertEquals(404, TestServer.get("/WEB-INF/views/projects/list.xhtml").statusCode());
        assertEquals(404, TestServer.get("/WEB-INF/web.xml").statusCode());
    }

    @Test
    void previewShowsTheSignedInPersonInItsHeader() throws IOException {
        DeskClient editor = new DeskClient(TestServer.url(""));
        assertTrue(editor.signIn("editor", "demo-editor"));
        DeskClient.Page desk = editor.get("/desk");
        String name = desk.document().getElementById("signed-in-user").text();
        Element entry = desk.document().selectFirst("a[href*='/desk/entry?id=']");
        assertNotNull(entry, "an entry on the desk");
        String id = entry.attr("href").replaceFirst(".*[?&]id=(\\d+).*", "$1");
        Document preview = editor.get("/desk/preview?id=" + id).document();
        assertNotNull(preview.getElementById("preview-banner"), preview.outerHtml());
        assertEquals(name, preview.getElementById("signed-in-user").text());
        assertTrue(preview.select(".nav-sign-in").isEmpty(), "no \"Sign in\" for who is signed in");
        assertEquals("/desk", preview.selectFirst(".nav-desk").attr("href"));
        assertFalse(TestServer.get("/projects").body().contains("signed-in-user"), "the public pages name nobody");
    }
}
