package org.projectdesk.persistence.backup;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.projectdesk.testsupport.BuildPostgres;
import org.projectdesk.testsupport.DeskClient;
import org.projectdesk.testsupport.ServerCopy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented backup command ({@code scripts/backup.sh}) across databases: a site on H2 with the
 * demo content and a workflow on top (an import, an approval, a new revision in draft) is backed
 * up, restored into an empty PostgreSQL database, backed up from there, restored into an empty H2
 * database and backed up again — the three files hold the same rows field for field — and a server
 * on the restored PostgreSQL database (with a new, empty search index, rebuilt at start-up) serves
 * the same public pages and API answers as the original, and lets the same people sign in.
 */
@Tag("server-copies")
class BackupIT {

    private static final String DATABASE = "backup_round_trip";

    @Test
    void aBackupGoesToPostgresqlAndBackToH2FieldForFieldAndTheRestoredSiteServesTheSamePages() throws Exception {
        Path work = Path.of(System.getProperty("projectdesk.build.dir"), "backup-test");
        ServerCopy.deleteTree(work);
        Files.createDirectories(work);
        Path original = work.resolve("original-data");
        ServerCopy server = new ServerCopy(work);
        Map<String, String> before;
        try {
            server.start(Map.of("projectdesk.demo", "true", "projectdesk.data.dir", original.toString()));
            workflow(server);
            before = publicAnswers(server);
        } finally {
            server.stop();
        }

        BuildPostgres postgres = BuildPostgres.shared();
        try (Connection connection = postgres.connect("postgres"); Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        String postgresUrl = postgres.url(DATABASE);
        Path fromH2 = work.resolve("1-from-h2.json.gz");
        Path fromPostgres = work.resolve("2-from-postgresql.json.gz");
        Path fromH2Again = work.resolve("3-from-h2-again.json.gz");
        backup("export", List.of("--data", original.toString()), fromH2);
        backup("restore", List.of("--url", postgresUrl, "--user", BuildPostgres.USER), fromH2);
        backup("export", List.of("--url", postgresUrl, "--user", BuildPostgres.USER), fromPostgres);
        backup("restore", List.of("--data", work.resolve("restored-h2").toString()), fromPostgres);
        backup("export", List.of("--data", work.resolve("restored-h2").toString()), fromH2Again);

        JsonObject first = read(fromH2);
        assertEquals(rows(first), rows(read(fromPostgres)), "H2 → PostgreSQL changed rows");
        assertEquals(rows(first), rows(read(fromH2Again)), "PostgreSQL → H2 changed rows");
        assertEquals(first.get("sequences"), read(fromPostgres).get("sequences"));
        assertEquals(first.get("sequences"), read(fromH2Again).get("sequences"));
        assertTrue(first.toString().contains("Backup probe restored"), "the workflow's revision is in the backup");

        Map<String, String> after;
        try {
            // not a demo server (no demo content is added), so plain HTTP on loopback is asked for by name
            server.start(Map.of("projectdesk.data.dir", work.resolve("postgresql-site-data").toString(),
                    "projectdesk.secure-transport", "false", "projectdesk.db.driver", "postgresql", "projectdesk.db.url", postgresUrl,
                    "projectdesk.db.user", BuildPostgres.USER, "projectdesk.db.password", BuildPostgres.USER));
            after = publicAnswers(server);
            DeskClient restoredEditor = new DeskClient(server.url(""));
            assertTrue(restoredEditor.signIn("editor", "demo-editor"), () -> "the password hashes came back: "
                    + restoredEditor.lastPage().status() + " " + restoredEditor.lastPage().address() + " "
                    + restoredEditor.lastPage().document().title() + " " + restoredEditor.lastPage().problems());
        } finally {
            server.stop();
        }
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, body) -> assertEquals(body, after.get(path), path));
    }

    /** Revisions and transitions beyond the demo content's: an import published, then a new draft of it. */
    private static void workflow(ServerCopy server) throws IOException {
        DeskClient editor = new DeskClient(server.url(""));
        DeskClient reviewer = new DeskClient(server.url(""));
        assertTrue(editor.signIn("editor", "demo-editor"));
        assertTrue(reviewer.signIn("reviewer", "demo-reviewer"));
        String lead = Json.createReader(new java.io.StringReader(get(server, "/api/v1/organisations")))
                .readObject().getJsonArray("items").getJsonObject(0).getString("slug");
        String file = Json.createObjectBuilder().add("slug", "backup-probe").add("title", "Backup probe")
                .add("objective", Json.createObjectBuilder().add("en", "Kept by the backup.").add("ru", "Сохранено."))
                .add("duration", Json.createObjectBuilder().add("start", "2025-01").add("end", "2026-06"))
                .add("countries", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "AM").add("percentage", 60))
                        .add(Json.createObjectBuilder().add("code", "GE").add("percentage", 40)))
                .add("leadImplementer", Json.createObjectBuilder().add("slug", lead))
                .build().toString();
        long id = editor.importFile("backup-probe.json", file).orElseThrow().get(0);
        assertTrue(editor.saveTitle(id, "Backup probe restored"), () -> editor.lastPage().problems());
        assertTrue(editor.submit(id), () -> editor.lastPage().problems());
        assertTrue(reviewer.approve(id), () -> reviewer.lastPage().problems());
        assertTrue(editor.startRevision(id), () -> editor.lastPage().problems());
        assertTrue(editor.saveTitle(id, "Backup probe draft"), () -> editor.lastPage().problems());
    }

    /** The public pages and API answers of every published project, in three languages. */
    private static Map<String, String> publicAnswers(ServerCopy server) throws IOException {
        List<String> paths = new ArrayList<>(List.of("/projects", "/fr/projects", "/ru/timeline", "/countries/am",
                "/api/v1/projects?size=100", "/api/v1/organisations", "/api/v1/countries", "/sitemap.xml",
                "/projects?q=backup"));
        JsonObject projects = Json.createReader(new java.io.StringReader(get(server, "/api/v1/projects?size=100"))).readObject();
        projects.getJsonArray("items").forEach(item -> {
            String slug = item.asJsonObject().getString("slug");
            paths.add("/projects/" + slug);
            paths.add("/fr/projects/" + slug);
            paths.add("/api/v1/projects/" + slug + "?lang=ru");
        });
        assertTrue(paths.contains("/projects/backup-probe"));
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            // each server draws its own nonce for PrimeFaces' script; everything else must be equal
            answers.put(path, PRIMEFACES_NONCE.matcher(get(server, path)).replaceAll("PrimeFaces.csp.init('nonce')"));
        }
        return answers;
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final Pattern PRIMEFACES_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('[A-Za-z0-9+/=_-]*'\\)");

    private static String get(ServerCopy server, String path) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path);
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void backup(String command, List<String> database, Path file) throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("projectdesk.project.dir"));
        List<String> line = new ArrayList<>(List.of("bash", project.resolve("scripts/backup.sh").toString(), command));
        line.addAll(database);
        line.add(file.toString());
        ProcessBuilder builder = new ProcessBuilder(line).directory(project.toFile()).redirectErrorStream(true);
        if (database.contains("--url")) {
            builder.environment().put("PROJECTDESK_DB_PASSWORD", BuildPostgres.USER);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), "backup.sh " + command + " failed: " + output);
    }

    /** Every table's name, column names and rows: what must not change (the type names are each database's own). */
    private static List<String> rows(JsonObject backup) {
        List<String> tables = new ArrayList<>();
        backup.getJsonArray("tables").forEach(table -> {
            JsonObject t = table.asJsonObject();
            tables.add(t.getString("name") + " " + t.getJsonArray("columns").stream()
                    .map(c -> c.asJsonObject().getString("name")).toList() + " " + t.getJsonArray("rows"));
        });
        return tables;
    }

    private static JsonObject read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Json.createReader(in).readObject();
        }
    }
}
