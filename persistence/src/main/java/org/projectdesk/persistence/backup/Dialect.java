package org.projectdesk.persistence.backup;

import org.projectdesk.persistence.backup.DatabaseBackup.BackupException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/** What differs between the two databases ProjectDesk runs on: the current schema's name, the sequences. */
enum Dialect {
    H2, POSTGRESQL;

    private static final Logger LOG = Logger.getLogger(Dialect.class.getName());

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

    /** A sequence as the database spells its name, with the value it hands out next. */
    record Sequence(String sqlName, long next) {
    }
}
