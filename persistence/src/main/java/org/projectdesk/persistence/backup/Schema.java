package org.projectdesk.persistence.backup;

import org.projectdesk.persistence.backup.DatabaseBackup.BackupException;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The application's schema as the database describes it (JDBC metadata): its tables with their
 * columns, primary keys and foreign keys, Flyway's history table, and the order in which rows can
 * be inserted.
 */
final class Schema {

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
                if (table.equalsIgnoreCase(DatabaseBackup.HISTORY_TABLE)) {
                    schema.historyTable = schema.quote(table);
                } else if (!table.toLowerCase(Locale.ROOT).startsWith(DatabaseBackup.SEARCH_COORDINATION_PREFIX)) {
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
            Set<String> expected = columns.stream().map(c -> c.name).collect(Collectors.toCollection(TreeSet::new));
            Set<String> given = new TreeSet<>(names);
            if (!expected.equals(given)) {
                throw new BackupException("Table " + name + " has the columns " + expected + " here but " + given
                        + " in the backup");
            }
        }
    }
}
