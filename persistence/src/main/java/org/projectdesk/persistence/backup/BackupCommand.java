package org.projectdesk.persistence.backup;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.zip.GZIPOutputStream;

/**
 * The command behind {@code scripts/backup.sh}, run with the server stopped (an H2 file is open to
 * one process at a time; a PostgreSQL database may also be backed up while in use, from one
 * consistent snapshot):
 *
 * <pre>
 *   export  JDBC_URL USER FILE   every table and sequence into FILE (gzip-compressed JSON, readable by its owner only)
 *   restore JDBC_URL USER FILE   FILE into the empty database at JDBC_URL
 * </pre>
 * The password is taken from the environment variable {@code PROJECTDESK_DB_PASSWORD} (empty when unset).
 */
public final class BackupCommand {

    private static final Logger LOG = Logger.getLogger(BackupCommand.class.getName());

    private BackupCommand() {
    }

    public static void main(String[] args) {
        plainLogging();
        if (args.length != 4 || !(args[0].equals("export") || args[0].equals("restore"))) {
            LOG.severe("usage: export|restore JDBC_URL USER FILE");
            System.exit(2);
        }
        String url = args[1];
        String user = args[2];
        String password = System.getenv().getOrDefault("PROJECTDESK_DB_PASSWORD", "");
        Path file = Path.of(args[3]);
        try {
            if (args[0].equals("export")) {
                export(url, user, password, file);
            } else {
                restore(url, user, password, file);
            }
        } catch (DatabaseBackup.BackupException e) {
            LOG.severe(e.getMessage());
            System.exit(1);
        } catch (IOException | SQLException e) {
            LOG.log(Level.SEVERE, args[0] + " failed: " + e.getMessage(), e);
            System.exit(1);
        }
    }

    static void export(String url, String user, String password, Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        DatabaseBackup.Summary summary;
        try (Connection connection = DriverManager.getConnection(existing(url), user, password);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
            summary = DatabaseBackup.export(connection, out);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info(() -> "Exported " + summary + " to " + file);
    }

    static void restore(String url, String user, String password, Path file) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseBackup.BackupException("No backup file " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            DatabaseBackup.Summary summary = DatabaseBackup.restore(in, new UrlDataSource(url, user, password));
            LOG.info(() -> "Restored " + summary + " from " + file + " into " + url);
        }
    }

    /** An H2 file database is opened only if it exists: a mistyped path must not back up a new, empty one. */
    private static String existing(String url) {
        return url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
    }

    private static void plainLogging() {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter() {
            @Override
            public String format(LogRecord record) {
                String text = "[backup] " + record.getMessage() + System.lineSeparator();
                return record.getThrown() == null || record.getLevel().intValue() < Level.SEVERE.intValue()
                        ? text : text + record.getThrown() + System.lineSeparator();
            }
        });
        root.addHandler(console);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    }

    /** The target of a restore, for Flyway and the rows alike. */
    private record UrlDataSource(String url, String user, String password) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // connections log through java.util.logging
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
