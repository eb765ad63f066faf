package org.projectdesk.persistence.backup;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backup's round trip between two H2 file databases, without a server (PostgreSQL: BackupIT). */
class DatabaseBackupTest {

    @TempDir
    Path directory;

    private JdbcDataSource source;

    @BeforeEach
    void aDatabaseWithContent() throws SQLException {
        source = h2("source");
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        try (Connection connection = source.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into organisation (id, version, slug, name_en, name_fr, kind) "
                    + "values (1, 0, 'icmpd', 'ICMPD', 'CIDPM', 'INTERGOVERNMENTAL')");
            sql.execute("insert into project_entry (id, version, slug, created_at, created_by) "
                    + "values (101, 3, 'mibma', timestamp with time zone '2024-01-02 03:04:05.123456+02:00', 'editor')");
            sql.execute("insert into revision (id, version, entry_id, revision_number, state, title_en, title_ru, "
                    + "start_month, end_month, created_by, created_at, last_edited_by, last_edited_at, sector) values "
                    + "(201, 1, 101, 1, 'PUBLISHED', 'Migration ''quoted''', 'Миграция', date '2016-01-01', date '2018-12-01', "
                    + "'editor', timestamp with time zone '2024-01-02 03:04:05+00:00', 'editor', "
                    + "timestamp with time zone '2024-01-02 03:04:05+00:00', '15190')");
            sql.execute("update project_entry set published_revision_id = 201 where id = 101");
            sql.execute("insert into revision_transition (id, entry_id, revision_number, workflow_action, to_state, "
                    + "actor_username, occurred_at) values (301, 101, 1, 'IMPORT', 'PUBLISHED', 'system', "
                    + "timestamp with time zone '2024-01-02 03:04:05+00:00')");
            sql.execute("insert into revision_country_share (revision_id, position, country_code, percentage) "
                    + "values (201, 0, 'AM', 33.33), (201, 1, 'GE', 66.67)");
            sql.execute("insert into user_account (id, version, username, display_name, password_hash, enabled, "
                    + "created_at, failed_attempts) values (51, 0, 'editor', 'Editor', "
                    + "'PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==', true, current_timestamp, 0)");
            sql.execute("insert into user_account_role (account_id, role) values (51, 'EDITOR')");
            sql.execute("update iati_settings set reporting_org_ref = 'XM-DAC-41116', version = 2");
            sql.execute("alter sequence project_entry_seq restart with 151");
        }
    }

    @Test
    void whatIsRestoredIsWhatWasExportedFieldForField() throws Exception {
        byte[] first = export(source);
        JdbcDataSource target = h2("target");
        DatabaseBackup.Summary restored = DatabaseBackup.restore(new ByteArrayInputStream(first), target);
        byte[] second = export(target);

        assertEquals(content(first).get("tables"), content(second).get("tables"));
        // sequences come back where they were, or further on when a table's ids were written without them
        JsonObject before = sequences(first);
        JsonObject after = sequences(second);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, next) -> assertTrue(after.getJsonNumber(name).longValue()
                >= before.getJsonNumber(name).longValue(), name));
        assertEquals(202, after.getJsonNumber("revision_seq").longValue(), "beyond the highest revision id");
        assertEquals(latestMigration(), content(first).getString("schemaVersion"), "the export names its schema");
        assertEquals(latestMigration(), restored.schemaVersion(), "restored up to the export's schema");
        try (Connection connection = target.getConnection(); Statement sql = connection.createStatement()) {
            assertEquals("Migration 'quoted'", single(sql, "select title_en from revision where id = 201"));
            assertEquals("Миграция", single(sql, "select title_ru from revision where id = 201"));
            assertEquals("201", single(sql, "select published_revision_id from project_entry where id = 101"));
            assertEquals("66.67", single(sql, "select percentage from revision_country_share where position = 1"));
            assertEquals("2024-01-02T01:04:05.123456Z", single(sql,
                    "select created_at from project_entry where id = 101").replace(" ", "T").replace("+00", "Z"));
            assertEquals("XM-DAC-41116", single(sql, "select reporting_org_ref from iati_settings"));
            assertEquals("0", single(sql, "select count(*) from region where id = 901 and name_en <> 'Eastern Partnership'"));
            assertTrue(Long.parseLong(single(sql, "select next value for project_entry_seq")) >= 151);
        }
    }

    @Test
    void aRestoreGoesOnlyIntoAnEmptyDatabase() throws Exception {
        byte[] backup = export(source);
        DatabaseBackup.BackupException refused = assertThrows(DatabaseBackup.BackupException.class,
                () -> DatabaseBackup.restore(new ByteArrayInputStream(backup), source));
        assertTrue(refused.getMessage().contains("empty database"), refused.getMessage());
    }

    @Test
    void aFileThatIsNoBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        JdbcDataSource target = h2("other");
        byte[] other = "{\"format\": 1, \"application\": \"Something else\", \"tables\": []}".getBytes();
        assertThrows(DatabaseBackup.BackupException.class,
                () -> DatabaseBackup.restore(new ByteArrayInputStream(other), target));
        try (Connection connection = target.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[]{"TABLE"})) {
            assertTrue(!tables.next(), "nothing created");
        }
    }

    private JdbcDataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve(name).resolve("projectdesk"));
        dataSource.setUser("sa");
        dataSource.setPassword("sa");
        return dataSource;
    }

    private static byte[] export(JdbcDataSource dataSource) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseBackup.export(connection, out);
        }
        return out.toByteArray();
    }

    /** The highest version among the Flyway scripts (V<version>__<name>.sql). */
    private static String latestMigration() throws java.io.IOException {
        try (var scripts = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(scripts.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        }
    }

    /** The document without what says when and from where it was made. */
    private static JsonObject content(byte[] backup) {
        JsonObject document = Json.createReader(new ByteArrayInputStream(backup)).readObject();
        return Json.createObjectBuilder(document).remove("createdAt").remove("database").build();
    }

    private static JsonObject sequences(byte[] backup) {
        var sequences = Json.createObjectBuilder();
        content(backup).getJsonArray("sequences").forEach(s -> sequences.add(s.asJsonObject().getString("name"),
                s.asJsonObject().getJsonNumber("next")));
        return sequences.build();
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
