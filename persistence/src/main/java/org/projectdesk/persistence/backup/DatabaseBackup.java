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

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Types;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
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
 * ISO 8601 (with their offset when the column keeps one), binary data in Base64. A column of a type
 * not listed here stops the backup rather than being written wrongly.
 */
public final class DatabaseBackup {

    /** The format of the document; a restore refuses another. */
    public static final int FORMAT = 1;
    static final String HISTORY_TABLE = "flyway_schema_history";

    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class.getName());

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

    /** A sequence as the database spells its name, with the value it hands out next. */
    record Sequence(String sqlName, long next) {
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

    // ---------------------------------------------------------------- the schema, read from the database

    enum Kind { WHOLE, DECIMAL, REAL, BOOLEAN, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_OFFSET, BINARY }

    static final class Column {
        final String name;
        final String sqlName;
        final int sqlType;
        final String typeName;
        final boolean nullable;
        final Kind kind;

        Column(String table, String sqlName, int sqlType, String typeName, boolean nullable) {
            this.name = sqlName.toLowerCase(Locale.ROOT);
            this.sqlName = sqlName.equals(name) || sqlName.equals(name.toUpperCase(Locale.ROOT)) ? sqlName : '"' + sqlName + '"';
            this.sqlType = sqlType;
            this.typeName = typeName;
            this.nullable = nullable;
            this.kind = kind(table, sqlType, typeName);
        }

        private static Kind kind(String table, int sqlType, String typeName) {
            String type = typeName.toLowerCase(Locale.ROOT);
            return switch (sqlType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.WHOLE;
                case Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
                case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.REAL;
                case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
                case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                     Types.CLOB, Types.NCLOB -> Kind.TEXT;
                case Types.DATE -> Kind.DATE;
                case Types.TIME -> Kind.TIME;
                case Types.TIMESTAMP -> type.contains("tz") || type.contains("time zone") ? Kind.TIMESTAMP_WITH_OFFSET : Kind.TIMESTAMP;
                case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_WITH_OFFSET;
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
                default -> throw new BackupException("Table " + table + " has a column of type " + typeName
                        + " that the backup cannot write faithfully; teach DatabaseBackup this type");
            };
        }
    }

    static final class Table {
        final String name;
        final String sqlName;
        final List<Column> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        /** Foreign keys: the referenced table, by the columns that refer to it. */
        final Map<String, List<String>> references = new LinkedHashMap<>();

        Table(String sqlName) {
            this.name = sqlName.toLowerCase(Locale.ROOT);
            this.sqlName = sqlName.equals(name) || sqlName.equals(name.toUpperCase(Locale.ROOT)) ? sqlName : '"' + sqlName + '"';
        }

        Column column(String name) {
            return columns.stream().filter(c -> c.name.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new BackupException("Table " + this.name + " has no column " + name
                            + " in this database; the backup does not fit its schema"));
        }

        boolean hasColumn(String name) {
            return columns.stream().anyMatch(c -> c.name.equals(name));
        }

        String sqlName(String column) {
            return column(column).sqlName;
        }

        void checkColumns(List<String> names) {
            Set<String> expected = columns.stream().map(c -> c.name).collect(Collectors.toCollection(java.util.TreeSet::new));
            Set<String> given = new java.util.TreeSet<>(names);
            if (!expected.equals(given)) {
                throw new BackupException("Table " + name + " has the columns " + expected + " here but " + given
                        + " in the backup");
            }
        }
    }

    static final class Schema {
        final Map<String, Table> tables = new TreeMap<>();
        final Map<String, List<Column>> deferred = new LinkedHashMap<>();
        private final List<Table> order = new ArrayList<>();
        String historyTable;
        private String quote = "\"";

        static Schema read(Connection connection, Dialect dialect) throws SQLException {
            Schema schema = new Schema();
            DatabaseMetaData meta = connection.getMetaData();
            schema.quote = meta.getIdentifierQuoteString().strip();
            String name = dialect.schema(connection);
            try (ResultSet rows = meta.getTables(null, name, "%", new String[]{"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    if (table.equalsIgnoreCase(HISTORY_TABLE)) {
                        schema.historyTable = schema.quote(table);
                    } else {
                        schema.tables.put(table.toLowerCase(Locale.ROOT), new Table(table));
                    }
                }
            }
            for (Table table : schema.tables.values()) {
                String raw = table.sqlName.replace("\"", "");
                try (ResultSet rows = meta.getColumns(null, name, raw, "%")) {
                    while (rows.next()) {
                        table.columns.add(new Column(table.name, rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"),
                                rows.getString("TYPE_NAME"), rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
                    }
                }
                Map<Short, String> keys = new TreeMap<>();
                try (ResultSet rows = meta.getPrimaryKeys(null, name, raw)) {
                    while (rows.next()) {
                        keys.put(rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                table.primaryKey.addAll(keys.values());
                try (ResultSet rows = meta.getImportedKeys(null, name, raw)) {
                    while (rows.next()) {
                        String referenced = rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        String fk = rows.getString("FK_NAME");
                        table.references.computeIfAbsent(referenced + "\u0000" + fk, k -> new ArrayList<>())
                                .add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            schema.order();
            return schema;
        }

        String quote(String identifier) {
            return quote + identifier + quote;
        }

        Table table(String name) {
            Table table = tables.get(name.toLowerCase(Locale.ROOT));
            if (table == null) {
                throw new BackupException("The backup has a table " + name + " this database's schema lacks");
            }
            return table;
        }

        List<Column> deferred(Table table) {
            return deferred.getOrDefault(table.name, List.of());
        }

        List<Table> inInsertOrder() {
            return order;
        }

        /**
         * The order of insertion: a table after every table it refers to. A cycle (or a table that
         * refers to itself) is broken at a foreign key whose columns may be null: those columns are
         * filled after every row is in.
         */
        private void order() {
            Map<String, Map<String, List<String>>> pending = new TreeMap<>();
            for (Table table : tables.values()) {
                Map<String, List<String>> references = new LinkedHashMap<>();
                table.references.forEach((key, columns) -> references.put(key, columns));
                pending.put(table.name, references);
            }
            Set<String> placed = new LinkedHashSet<>();
            while (placed.size() < tables.size()) {
                List<String> ready = pending.entrySet().stream()
                        .filter(e -> !placed.contains(e.getKey()))
                        .filter(e -> e.getValue().keySet().stream().map(k -> k.substring(0, k.indexOf('\u0000')))
                                .allMatch(referenced -> placed.contains(referenced) || !tables.containsKey(referenced)))
                        .map(Map.Entry::getKey).toList();
                if (!ready.isEmpty()) {
                    for (String name : ready) {
                        placed.add(name);
                        order.add(tables.get(name));
                    }
                    continue;
                }
                boolean broken = false;
                for (Map.Entry<String, Map<String, List<String>>> entry : pending.entrySet()) {
                    if (placed.contains(entry.getKey())) {
                        continue;
                    }
                    Table table = tables.get(entry.getKey());
                    for (Map.Entry<String, List<String>> reference : List.copyOf(entry.getValue().entrySet())) {
                        String referenced = reference.getKey().substring(0, reference.getKey().indexOf('\u0000'));
                        boolean nullable = reference.getValue().stream().allMatch(c -> table.column(c).nullable);
                        if (!placed.contains(referenced) && nullable) {
                            entry.getValue().remove(reference.getKey());
                            for (String column : reference.getValue()) {
                                deferred.computeIfAbsent(table.name, t -> new ArrayList<>()).add(table.column(column));
                            }
                            broken = true;
                            break;
                        }
                    }
                    if (broken) {
                        break;
                    }
                }
                if (!broken) {
                    throw new BackupException("The tables' foreign keys form a cycle with no nullable key: "
                            + pending.keySet().stream().filter(t -> !placed.contains(t)).toList());
                }
            }
        }
    }

    // ---------------------------------------------------------------- what differs between H2 and PostgreSQL

    enum Dialect {
        H2, POSTGRESQL;

        static Dialect of(Connection connection) throws SQLException {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product.equalsIgnoreCase("H2")) {
                return H2;
            }
            if (product.equalsIgnoreCase("PostgreSQL")) {
                return POSTGRESQL;
            }
            throw new BackupException("ProjectDesk runs on H2 or PostgreSQL, not on " + product);
        }

        String schema(Connection connection) throws SQLException {
            try {
                String schema = connection.getSchema();
                if (schema != null) {
                    return schema;
                }
            } catch (SQLFeatureNotSupportedException e) {
                LOG.fine("The driver does not tell the current schema");
            }
            return this == H2 ? "PUBLIC" : "public";
        }

        /** Every sequence of the schema, by its name in lower case. */
        Map<String, Sequence> sequences(Connection connection) throws SQLException {
            Map<String, Sequence> sequences = new TreeMap<>();
            String query = this == H2
                    ? "select sequence_name, base_value, 0 from information_schema.sequences where sequence_schema = ?"
                    : "select sequencename, 0, increment_by from pg_sequences where schemaname = ?";
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                statement.setString(1, schema(connection));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String name = rows.getString(1);
                        long next = this == H2 ? rows.getLong(2) : postgresqlNext(connection, name, rows.getLong(3));
                        sequences.put(name.toLowerCase(Locale.ROOT), new Sequence(name, next));
                    }
                }
            }
            return sequences;
        }

        /** What nextval would give: the last value, or the one after it once it has been handed out. */
        private static long postgresqlNext(Connection connection, String name, long increment) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select last_value, is_called from \"" + name + "\"")) {
                row.next();
                return row.getBoolean(2) ? row.getLong(1) + increment : row.getLong(1);
            }
        }
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
