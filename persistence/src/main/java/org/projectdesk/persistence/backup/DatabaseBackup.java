package org.projectdesk.persistence.backup;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.projectdesk.persistence.backup.Dialect.Sequence;
import org.projectdesk.persistence.backup.Schema.Column;
import org.projectdesk.persistence.backup.Schema.Table;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Backup and restore of everything ProjectDesk stores, at the level of JDBC: every table of the
 * schema Flyway manages (whatever tables the migrations have made, so a new one cannot be
 * forgotten), every row, every column, and the sequences, written to one JSON document. A restore
 * goes into an empty database — H2 or PostgreSQL, whichever the backup came from — by running the
 * same Flyway migrations up to the backup's schema version, replacing what the migrations seeded,
 * inserting the rows in the order their foreign keys need (a cycle, such as an entry and its
 * revisions naming each other, is closed by filling a nullable key afterwards) and moving every
 * sequence on, all in one transaction.
 *
 * <p>Values are written by their SQL type, so that they read back the same on either database:
 * whole numbers as JSON numbers, decimals as exact strings, texts as strings, dates and times in
 * ISO 8601 (a moment with a time zone as the same instant in UTC), binary data in Base64. A column of a type
 * not listed here stops the backup rather than being written wrongly.
 */
public final class DatabaseBackup {

    /** The format of the document; a restore refuses another. */
    public static final int FORMAT = 1;
    static final String HISTORY_TABLE = "flyway_schema_history";
    /**
     * Hibernate Search's coordination tables on a cluster (its outbox and its agents): what the
     * nodes are doing at the moment, not content. Neither written nor read back: a restored site
     * starts with them empty and rebuilds its search index from the content at start-up.
     */
    static final String SEARCH_COORDINATION_PREFIX = "hsearch_";

    private DatabaseBackup() {
    }

    /** What an export or a restore did. */
    public record Summary(String schemaVersion, int tables, long rows, int sequences) {
        @Override
        public String toString() {
            return tables + " tables, " + rows + " rows, " + sequences + " sequences, schema version " + schemaVersion;
        }
    }

    // ---------------------------------------------------------------- export

    /** Writes every table and sequence of the connection's schema, read in one consistent snapshot. */
    public static Summary export(Connection connection, OutputStream out) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        if (connection.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        try {
            Dialect dialect = Dialect.of(connection);
            Schema schema = Schema.read(connection, dialect);
            String version = schemaVersion(connection, schema);
            long rows = 0;
            try (JsonGenerator json = Json.createGenerator(out)) {
                json.writeStartObject()
                        .write("format", FORMAT)
                        .write("application", "ProjectDesk")
                        .write("createdAt", Instant.now().toString())
                        .write("database", connection.getMetaData().getDatabaseProductName() + " "
                                + connection.getMetaData().getDatabaseProductVersion())
                        .write("schemaVersion", version);
                json.writeStartArray("sequences");
                Map<String, Sequence> sequences = dialect.sequences(connection);
                sequences.forEach((name, sequence) -> json.writeStartObject().write("name", name)
                        .write("next", sequence.next()).writeEnd());
                json.writeEnd();
                json.writeStartArray("tables");
                for (Table table : schema.inInsertOrder()) {
                    rows += exportTable(connection, table, json);
                }
                json.writeEnd();
                json.writeEnd();
                Summary summary = new Summary(version, schema.tables.size(), rows, sequences.size());
                connection.rollback();
                return summary;
            }
        } finally {
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long exportTable(Connection connection, Table table, JsonGenerator json) throws SQLException {
        json.writeStartObject().write("name", table.name);
        json.writeStartArray("columns");
        for (Column column : table.columns) {
            json.writeStartObject().write("name", column.name).write("type", column.typeName).writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("rows");
        long count = 0;
        String order = table.primaryKey.isEmpty() ? "" : " order by " + table.primaryKey.stream()
                .map(table::sqlName).collect(Collectors.joining(", "));
        String columns = table.columns.stream().map(c -> c.sqlName).collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select " + columns + " from " + table.sqlName + order)) {
            while (rows.next()) {
                json.writeStartArray();
                for (int i = 0; i < table.columns.size(); i++) {
                    write(json, table.columns.get(i), rows, i + 1);
                }
                json.writeEnd();
                count++;
            }
        }
        json.writeEnd();
        json.writeEnd();
        return count;
    }

    private static void write(JsonGenerator json, Column column, ResultSet rows, int index) throws SQLException {
        Object value = switch (column.kind) {
            case WHOLE -> rows.getObject(index) == null ? null : rows.getLong(index);
            case DECIMAL -> rows.getBigDecimal(index);
            case REAL -> rows.getObject(index) == null ? null : rows.getDouble(index);
            case BOOLEAN -> rows.getObject(index) == null ? null : rows.getBoolean(index);
            case TEXT -> rows.getString(index);
            case DATE -> rows.getObject(index, LocalDate.class);
            case TIME -> rows.getObject(index, LocalTime.class);
            case TIMESTAMP -> rows.getObject(index, LocalDateTime.class);
            case TIMESTAMP_WITH_OFFSET -> rows.getObject(index, OffsetDateTime.class);
            case BINARY -> rows.getBytes(index);
        };
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long whole) {
            json.write(whole);
        } else if (value instanceof Double real) {
            json.write(real);
        } else if (value instanceof Boolean bool) {
            json.write(bool);
        } else if (value instanceof BigDecimal decimal) {
            json.write(decimal.toPlainString());
        } else if (value instanceof byte[] bytes) {
            json.write(Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof OffsetDateTime moment) {
            json.write(moment.toInstant().toString());
        } else {
            json.write(value.toString());
        }
    }

    private static String schemaVersion(Connection connection, Schema schema) throws SQLException {
        String history = schema.historyTable;
        if (history == null) {
            throw new BackupException("This database has no Flyway schema history: it is not a ProjectDesk database");
        }
        String version = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select " + schema.quote("version") + " from " + history
                     + " where " + schema.quote("success") + " = true and " + schema.quote("version") + " is not null")) {
            MigrationVersion latest = null;
            while (rows.next()) {
                MigrationVersion candidate = MigrationVersion.fromVersion(rows.getString(1));
                if (latest == null || candidate.isNewerThan(latest.getVersion())) {
                    latest = candidate;
                    version = rows.getString(1);
                }
            }
        }
        if (version == null) {
            throw new BackupException("This database's schema has no migration applied: nothing to back up");
        }
        return version;
    }

    // ---------------------------------------------------------------- restore

    /**
     * Restores a backup into an empty database: creates the schema with the application's Flyway
     * migrations (up to the backup's version), then puts back every row and sequence. The data source
     * is the target database; nothing is written unless the whole backup goes in.
     */
    public static Summary restore(InputStream in, DataSource target) throws IOException, SQLException {
        try (InputStream source = unzipped(in); JsonParser parser = Json.createParser(source)) {
            expect(parser, JsonParser.Event.START_OBJECT);
            Map<String, JsonValue> header = new LinkedHashMap<>();
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    throw new BackupException("The backup holds no tables");
                }
                String key = parser.getString();
                if (key.equals("tables")) {
                    break;
                }
                parser.next();
                header.put(key, parser.getValue());
            }
            int format = header.containsKey("format") ? ((JsonNumber) header.get("format")).intValue() : -1;
            if (format != FORMAT || !"ProjectDesk".equals(string(header.get("application")))) {
                throw new BackupException("This file is not a ProjectDesk backup of format " + FORMAT);
            }
            String version = string(header.get("schemaVersion"));
            try (Connection connection = target.getConnection()) {
                Dialect dialect = Dialect.of(connection);
                refuseUnlessEmpty(connection, dialect);
                migrate(target, version);
                connection.setAutoCommit(false);
                try {
                    Schema schema = Schema.read(connection, dialect);
                    long rows = restoreTables(parser, connection, schema);
                    JsonArray sequences = (JsonArray) header.get("sequences");
                    Map<String, Long> next = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    sequences.forEach(s -> next.put(s.asJsonObject().getString("name"),
                            s.asJsonObject().getJsonNumber("next").longValue()));
                    restoreSequences(connection, schema, dialect, next);
                    connection.commit();
                    return new Summary(version, schema.tables.size(), rows, next.size());
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        }
    }

    private static InputStream unzipped(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered) : buffered;
    }

    private static void refuseUnlessEmpty(Connection connection, Dialect dialect) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, dialect.schema(connection), "%", new String[]{"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        if (!tables.isEmpty()) {
            throw new BackupException("A backup is restored only into an empty database; this one has tables: "
                    + String.join(", ", tables));
        }
    }

    private static void migrate(DataSource target, String version) {
        try {
            Flyway.configure(DatabaseBackup.class.getClassLoader())
                    .dataSource(target)
                    .locations("classpath:db/migration")
                    .target(MigrationVersion.fromVersion(version))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new BackupException("Cannot create the schema at version " + version
                    + " (was the backup made by a newer ProjectDesk?): " + e.getMessage(), e);
        }
    }

    private static long restoreTables(JsonParser parser, Connection connection, Schema schema) throws SQLException {
        // the migrations seeded some rows (regions, settings): the backup's replace them
        List<Table> order = schema.inInsertOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            Table table = order.get(i);
            try (Statement statement = connection.createStatement()) {
                for (Column deferred : schema.deferred(table)) {
                    statement.executeUpdate("update " + table.sqlName + " set " + deferred.sqlName + " = null");
                }
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from " + order.get(i).sqlName);
            }
        }
        Map<String, DeferredRows> deferredRows = new LinkedHashMap<>();
        Set<String> restored = new LinkedHashSet<>();
        long count = 0;
        expect(parser, JsonParser.Event.START_ARRAY);
        while (parser.next() == JsonParser.Event.START_OBJECT) {
            expect(parser, JsonParser.Event.KEY_NAME);
            parser.next();
            Table table = schema.table(parser.getString());
            expect(parser, JsonParser.Event.KEY_NAME);
            parser.next();
            List<String> columns = parser.getArray().stream().map(c -> c.asJsonObject().getString("name")).toList();
            table.checkColumns(columns);
            List<Column> deferred = schema.deferred(table);
            DeferredRows later = new DeferredRows(columns, new ArrayList<>());
            expect(parser, JsonParser.Event.KEY_NAME);
            expect(parser, JsonParser.Event.START_ARRAY);
            String insert = "insert into " + table.sqlName + " (" + columns.stream().map(c -> table.column(c).sqlName)
                    .collect(Collectors.joining(", ")) + ") values (" + columns.stream().map(c -> "?")
                    .collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                int batched = 0;
                while (parser.next() == JsonParser.Event.START_ARRAY) {
                    JsonArray row = parser.getArray();
                    for (int i = 0; i < columns.size(); i++) {
                        Column column = table.column(columns.get(i));
                        set(statement, i + 1, column, deferred.contains(column) ? JsonValue.NULL : row.get(i));
                    }
                    if (!deferred.isEmpty()) {
                        later.rows().add(row);
                    }
                    statement.addBatch();
                    if (++batched % 500 == 0) {
                        statement.executeBatch();
                    }
                    count++;
                }
                statement.executeBatch();
            }
            expect(parser, JsonParser.Event.END_OBJECT);
            restored.add(table.name);
            if (!deferred.isEmpty()) {
                deferredRows.put(table.name, later);
            }
        }
        for (Map.Entry<String, DeferredRows> later : deferredRows.entrySet()) {
            Table table = schema.table(later.getKey());
            fillDeferred(connection, table, schema.deferred(table), later.getValue().columns(), later.getValue().rows());
        }
        Set<String> missing = new LinkedHashSet<>(schema.tables.keySet());
        missing.removeAll(restored);
        if (!missing.isEmpty()) {
            throw new BackupException("The backup lacks tables this schema version has: " + missing);
        }
        return count;
    }

    /** The rows of a table whose deferred foreign keys are filled once every row is in. */
    private record DeferredRows(List<String> columns, List<JsonArray> rows) {
    }

    private static void fillDeferred(Connection connection, Table table, List<Column> deferred, List<String> columns,
                                     List<JsonArray> rows) throws SQLException {
        if (table.primaryKey.isEmpty()) {
            throw new BackupException("Table " + table.name + " has a deferred foreign key but no primary key");
        }
        String update = "update " + table.sqlName + " set " + deferred.stream().map(c -> c.sqlName + " = ?")
                .collect(Collectors.joining(", ")) + " where " + table.primaryKey.stream()
                .map(k -> table.sqlName(k) + " = ?").collect(Collectors.joining(" and "));
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (JsonArray row : rows) {
                int index = 1;
                for (Column column : deferred) {
                    set(statement, index++, column, row.get(columns.indexOf(column.name)));
                }
                for (String key : table.primaryKey) {
                    set(statement, index++, table.column(key), row.get(columns.indexOf(key)));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void set(PreparedStatement statement, int index, Column column, JsonValue value) throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            statement.setNull(index, column.sqlType);
            return;
        }
        switch (column.kind) {
            case WHOLE -> statement.setLong(index, ((JsonNumber) value).longValueExact());
            case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(string(value)));
            case REAL -> statement.setDouble(index, ((JsonNumber) value).doubleValue());
            case BOOLEAN -> statement.setBoolean(index, value == JsonValue.TRUE);
            case TEXT -> statement.setString(index, string(value));
            case DATE -> statement.setObject(index, LocalDate.parse(string(value)));
            case TIME -> statement.setObject(index, LocalTime.parse(string(value)));
            case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(string(value)));
            case TIMESTAMP_WITH_OFFSET -> statement.setObject(index,
                    OffsetDateTime.ofInstant(Instant.parse(string(value)), java.time.ZoneOffset.UTC));
            case BINARY -> statement.setBytes(index, Base64.getDecoder().decode(string(value)));
        }
    }

    private static void restoreSequences(Connection connection, Schema schema, Dialect dialect, Map<String, Long> next)
            throws SQLException {
        for (Map.Entry<String, Sequence> present : dialect.sequences(connection).entrySet()) {
            Long value = next.get(present.getKey());
            if (value == null) {
                throw new BackupException("The backup lacks the sequence " + present.getKey());
            }
            // never behind the ids a table already holds (a sequence <table>_seq numbers <table>.id)
            Table numbered = schema.tables.get(present.getKey().replaceFirst("_seq$", ""));
            if (numbered != null && numbered.hasColumn("id")) {
                try (Statement statement = connection.createStatement();
                     ResultSet max = statement.executeQuery("select max(" + numbered.sqlName("id") + ") from " + numbered.sqlName)) {
                    if (max.next() && max.getObject(1) != null) {
                        value = Math.max(value, max.getLong(1) + 1);
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter sequence " + schema.quote(present.getValue().sqlName()) + " restart with " + value);
            }
        }
    }

    private static void expect(JsonParser parser, JsonParser.Event expected) {
        JsonParser.Event event = parser.next();
        if (event != expected) {
            throw new BackupException("The backup is damaged: expected " + expected + " but found " + event
                    + " at " + parser.getLocation());
        }
    }

    private static String string(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : String.valueOf(value);
    }

    /** A backup or restore that cannot go on, with the reason in words for the person running it. */
    public static final class BackupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BackupException(String message) {
            super(message);
        }

        public BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
