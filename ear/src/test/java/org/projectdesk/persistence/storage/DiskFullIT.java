package org.projectdesk.persistence.storage;

import jakarta.json.Json;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.projectdesk.testsupport.DeskClient;
import org.projectdesk.testsupport.ServerCopy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded database's disk fills up while editors work. The server's data directory is a small
 * file system of its own (a 64 MB tmpfs in a user and mount namespace, {@code small-disk.sh}: root
 * ignores file modes, so a read-only directory cannot be made any other way here; a full disk and a
 * read-only one fail alike, with the same message); the test fills it to the last byte. Then an
 * import and a save are refused with a clear message, the form keeping what was typed, and no page
 * answers 500; once room is made the same save goes through without a restart; and the database
 * files, looked at after the server stopped, hold every acknowledged step, nothing of the refused
 * ones, and nothing half-written.
 */
@Tag("server-copies")
class DiskFullIT {

    private static final String FULL = "Nothing was saved: the server cannot store data just now";
    private static final String UNREACHABLE = "Nothing was saved: the database does not answer just now";

    @Test
    void aFullDiskRefusesStepsClearlyCorruptsNothingAndTheSiteGoesOnOnceThereIsRoom() throws Exception {
        Path work = Path.of(System.getProperty("projectdesk.build.dir"), "disk-full-test");
        ServerCopy.deleteTree(work);
        Path data = work.resolve("data");
        Path control = work.resolve("control");
        Path copy = work.resolve("data-after");
        Files.createDirectories(data);
        Files.createDirectories(control);
        ServerCopy server = new ServerCopy(work);
        String script = Path.of(System.getProperty("projectdesk.scripts.dir"), "small-disk.sh").toString();
        server.start(Map.of("projectdesk.demo", "true", "projectdesk.data.dir", data.toString()),
                List.of("bash", script, "64m", data.toString(), control.toString(), copy.toString()));
        long kept;
        int refusedAttempt = 0;
        try {
            DeskClient editor = new DeskClient(server.url(""));
            assertTrue(editor.signIn("editor", "demo-editor"));
            kept = editor.importFile("kept.json", entry("disk-kept", "Written before the disk filled")).orElseThrow().get(0);
            DeskClient.Page form = editor.get("/desk/entry?id=" + kept);
            String titleField = form.document().select("input[id$=title-en]").attr("name");

            signal(control, "fill", "filled");

            // a large import needs the database file to grow: refused, and nothing of it written
            DeskClient.Page refusedImport = null;
            for (int attempt = 1; attempt <= 5 && refusedImport == null; attempt++) {
                refusedAttempt = attempt;
                boolean imported;
                try {
                    imported = editor.importFile("bulk-" + attempt + ".json", bulk(attempt)).isPresent();
                } catch (IllegalStateException refusedAtTheCheck) {
                    imported = false;
                }
                if (!imported) {
                    refusedImport = editor.lastPage();
                }
            }
            assertTrue(refusedImport != null, "five large imports went through on a full disk");
            assertEquals(200, refusedImport.status(), refusedImport.document().text());
            assertTrue(refusedImport.says(FULL), refusedImport.messages());

            // after a write failed H2 may close the database (the save is refused and the form keeps
            // what was typed), or a small change may still find room: then it is acknowledged and stored
            Map<String, String> fields = DeskClient.fields(form.form("entry"));
            fields.put(titleField, "Typed while the disk was full");
            DeskClient.Page onFullDisk = editor.post(form, "entry", "save", fields);
            assertEquals(200, onFullDisk.status(), onFullDisk.document().text());
            assertTrue(onFullDisk.says("The draft was saved.") || onFullDisk.says(FULL) || onFullDisk.says(UNREACHABLE),
                    onFullDisk.messages());
            assertEquals("Typed while the disk was full", onFullDisk.document().selectFirst("input[id$=title-en]").val(),
                    "the form keeps what was typed");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/projects")))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(page.statusCode() == 200 || page.statusCode() == 503 && page.body().contains("Back in a moment"),
                    page.statusCode() + " " + page.body());

            signal(control, "make-room", "room-made");

            Map<String, String> again = DeskClient.fields(onFullDisk.form("entry"));
            again.put(titleField, "Saved once there was room");
            DeskClient.Page saved = editor.post(onFullDisk, "entry", "save", again);
            assertTrue(saved.says("The draft was saved."), "no recovery once there was room: " + saved.messages());
        } finally {
            server.stop();
        }

        assertTrue(Files.exists(copy.resolve("h2/projectdesk.mv.db")), "the data directory was not copied out");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("h2/projectdesk")
                + ";ACCESS_MODE_DATA=r", "sa", "sa")) {
            CrashIT.Snapshot snapshot = CrashIT.Snapshot.read(connection, bulkSlugs());
            assertEquals(List.of(), snapshot.halfWritten("after the disk was full"));
            assertEquals("Saved once there was room", snapshot.entries.get("disk-kept").latestTitle());
            String refusedPrefix = "disk-bulk-" + refusedAttempt + "-";
            assertFalse(snapshot.entries.keySet().stream().anyMatch(slug -> slug.startsWith(refusedPrefix)),
                    "the refused import left something");
            assertEquals(1 + 150 * (refusedAttempt - 1), snapshot.entries.size(), "the acknowledged imports are all there");
            assertEquals(7, snapshot.published.size(), "the demo's published projects");
        }
    }

    /** An import file of 150 entries with long texts: some 1.5 MB the database must find room for. */
    private static String bulk(int attempt) {
        var entries = Json.createArrayBuilder();
        for (int i = 1; i <= 150; i++) {
            entries.add(Json.createObjectBuilder().add("slug", "disk-bulk-" + attempt + "-" + i)
                    .add("title", "Bulk " + attempt + " " + i)
                    .add("objective", ("Room taken by entry " + i + ". ").repeat(300)));
        }
        return entries.build().toString();
    }

    private static List<String> bulkSlugs() {
        List<String> slugs = new java.util.ArrayList<>(List.of("disk-kept"));
        for (int attempt = 1; attempt <= 5; attempt++) {
            for (int i = 1; i <= 150; i++) {
                slugs.add("disk-bulk-" + attempt + "-" + i);
            }
        }
        return slugs;
    }

    private static String entry(String slug, String title) {
        return Json.createObjectBuilder().add("slug", slug).add("title", title)
                .add("objective", "Stored only when there is room.").build().toString();
    }

    /** Asks small-disk.sh to act and waits for its answer. */
    private static void signal(Path control, String ask, String answer) throws Exception {
        Files.writeString(control.resolve(ask), ask);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.exists(control.resolve(answer))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("small-disk.sh did not answer " + ask);
            }
            Thread.sleep(200);
        }
    }
}
