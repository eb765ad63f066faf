package org.projectdesk.web.desk;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.testsupport.DeskClient;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.SessionSizeServlet;
import org.projectdesk.testsupport.TestServer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a desk session holds stays small, since a cluster replicates it after every request
 * (web.xml's {@code <distributable/>}): an editor who has opened more desk pages than a session
 * keeps, and posted one form back several times, holds at most {@value #MOST_BYTES} bytes,
 * serialized, in their session. Measured by a servlet added to the web module for this test only
 * ({@link SessionSizeServlet}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSizeIT {

    private static final Logger LOG = Logger.getLogger(SessionSizeIT.class.getName());
    private static final Pattern ENTRY = Pattern.compile("/desk/entry\\?id=(\\d+)");
    /**
     * The bound: the kept views of ten desk pages, serialized and compressed, and their view-scoped
     * beans (web.xml); measured 159,001 bytes on 2026-12-01, most of it the view-scoped beans.
     */
    static final long MOST_BYTES = 200 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.application();
        ear.getAsType(WebArchive.class, "projectdesk-web.war").addClass(SessionSizeServlet.class);
        return ear;
    }

    @Test
    void anEditorsSessionStaysSmallAcrossTheFormsTheyOpen() throws Exception {
        DeskClient editor = new DeskClient(TestServer.url(""));
        assertTrue(editor.signIn("editor", "demo-editor"));
        List<Long> entries = editor.get("/desk").document().select("a[href]").stream()
                .map(link -> ENTRY.matcher(link.attr("href")))
                .filter(Matcher::find)
                .map(matcher -> Long.parseLong(matcher.group(1)))
                .distinct()
                .limit(8)
                .toList();
        assertTrue(entries.size() >= 6, "the desk lists enough entries to open more pages than are kept: " + entries);
        // every entry's form opened twice (more pages than a session keeps), then one form posted
        // back again and again (a title left empty: refused, nothing stored), as a long edit does
        for (int round = 0; round < 2; round++) {
            for (long id : entries) {
                editor.get("/desk/entry?id=" + id);
            }
        }
        String slug = "session-size-" + UUID.randomUUID().toString().substring(0, 8);
        long draft = editor.importFile(slug + ".json", Json.createObjectBuilder()
                .add("slug", slug)
                .add("title", "Session size pilot")
                .add("objective", "A draft whose form is posted back.")
                .build().toString()).orElseThrow().get(0);
        DeskClient.Page form = editor.get("/desk/entry?id=" + draft);
        for (int post = 0; post < 6; post++) {
            Map<String, String> fields = DeskClient.fields(form.form("entry"));
            fields.put(form.form("entry").select("input[id$=title-en]").attr("name"), "");
            form = editor.post(form, "entry", "save", fields);
            assertTrue(form.problems().contains("A project needs a title."), "the empty title is refused: " + form.problems());
        }
        editor.get("/desk");
        Map<String, Long> sizes = sizes(editor.get("/desk/test-session-size").document().text());
        LOG.info(() -> "An editor's session after " + 2 * entries.size() + " entry forms and 6 postbacks (serialized bytes): " + sizes);
        long total = sizes.get("total");
        assertTrue(total <= MOST_BYTES, "the session holds " + total + " bytes: " + sizes);
    }

    private static Map<String, Long> sizes(String text) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        String[] words = text.trim().split("\\s+");
        for (int i = 0; i + 1 < words.length; i += 2) {
            sizes.put(words[i], Long.parseLong(words[i + 1]));
        }
        return sizes;
    }
}
