package org.projectdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the build's own (binaries from Maven Central, see
 * {@code src/test/scripts/test-postgresql.sh}): the one the integration tests share, or one a test
 * starts for itself under {@code target/}. Tests stop, start and kill it freely.
 */
public final class BuildPostgres {

    public static final String USER = "postgres";

    private final Path data;
    private final int port;

    public BuildPostgres(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    /** The cluster the build started for the integration tests. */
    public static BuildPostgres shared() {
        return new BuildPostgres(Path.of(System.getProperty("projectdesk.postgresql.data")),
                Integer.getInteger("projectdesk.postgresql.port"));
    }

    /** A cluster of a test's own, on the shared one's port + {@code portShift}. */
    public static BuildPostgres own(Path data, int portShift) {
        return new BuildPostgres(data, Integer.getInteger("projectdesk.postgresql.port") + portShift);
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, USER);
    }

    /** A fresh cluster with these databases, started. */
    public void create(String... databases) {
        List<String> arguments = new ArrayList<>(List.of("start", data.toString(), Integer.toString(port)));
        arguments.addAll(List.of(databases));
        script(arguments);
    }

    /** Starts the cluster again (after {@link #stop()} or {@link #kill()}); PostgreSQL recovers from its WAL. */
    public void start() {
        script(List.of("restart", data.toString(), Integer.toString(port)));
    }

    /** A fast shutdown. */
    public void stop() {
        script(List.of("stop", data.toString()));
    }

    /** SIGKILL to the postmaster and every backend at once: a crash of the database server. */
    public void kill() {
        String pid = script(List.of("pid", data.toString())).strip();
        if (pid.isEmpty()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(postmaster -> {
            List<ProcessHandle> all = new ArrayList<>(postmaster.children().toList());
            all.add(postmaster);
            all.forEach(ProcessHandle::destroyForcibly);
            all.forEach(process -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (process.isAlive() && !zombie(process) && System.nanoTime() < deadline) {
                    ServerCopy.pause(java.time.Duration.ofMillis(100));
                }
            });
        });
    }

    private static boolean zombie(ProcessHandle process) {
        try {
            return java.nio.file.Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .anyMatch(line -> line.startsWith("State:") && line.contains("Z"));
        } catch (IOException e) {
            return true;
        }
    }

    private static String script(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("bash",
                Path.of(System.getProperty("projectdesk.scripts.dir"), "test-postgresql.sh").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PG_HOME", System.getProperty("projectdesk.postgresql.home"));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("test-postgresql.sh " + arguments + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
