package org.projectdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A server of a test's own, beside the one Arquillian manages: a copy of the WildFly the build
 * provisions (configured by the same CLI script), the EAR as built, its own ports (the test
 * server's port offset + 50, so both can run at once) and its own data directory under
 * {@code target/}. Started and stopped as an operator would ({@code bin/standalone.sh}, SIGTERM),
 * or killed with SIGKILL as a crash would.
 */
public final class ServerCopy implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServerCopy.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Path home;
    private final Path logs;
    private final int portOffset;
    private Process launcher;
    private int starts;

    /** A fresh copy of the provisioned server in {@code work/server}. */
    public ServerCopy(Path work) {
        this.home = work.resolve("server");
        this.logs = work;
        this.portOffset = Integer.getInteger("projectdesk.port.offset", 0) + 50;
        try {
            deleteTree(home);
            copyTree(Path.of(System.getProperty("projectdesk.wildfly.home")), home);
            Path ear = Path.of(System.getProperty("projectdesk.ear"));
            Files.copy(ear, home.resolve("standalone/deployments").resolve(ear.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + httpPort() + path;
    }

    /**
     * Starts the server with these system properties and waits until it has deployed the
     * application (fails if it started with errors).
     */
    public void start(Map<String, String> properties) {
        start(properties, List.of());
    }

    /** Starts the server through a wrapper command (e.g. one that gives it a small disk), which runs standalone.sh. */
    public void start(Map<String, String> properties, List<String> wrapper) {
        if (launcher != null && launcher.isAlive()) {
            throw new IllegalStateException("The server copy in " + home + " runs already");
        }
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        Path log = logs.resolve("server-" + (++starts) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true");
        try {
            launcher = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String output = read(log);
            if (output.contains("WFLYSRV0026") || output.contains("WFLYSRV0056")) {
                // a server that is not used must not hold its ports for the tests after this one
                kill();
                throw new IllegalStateException("The server copy started with errors; see " + log);
            }
            if (output.contains("WFLYSRV0025")) {
                LOG.info(() -> "Server copy started on port " + httpPort() + " (" + log.getFileName() + ")");
                return;
            }
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The server copy stopped while starting; see " + log);
            }
            pause(Duration.ofMillis(250));
        }
        kill();
        throw new IllegalStateException("The server copy did not start within " + START_TIMEOUT + "; see " + log);
    }

    /** SIGKILL, as an out-of-memory kill or a power cut of the process would: no shutdown hook, nothing flushed. */
    public void kill() {
        if (launcher == null) {
            return;
        }
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
        awaitExit();
    }

    /** A graceful stop (SIGTERM to the server process), as a container stop or Ctrl+C. */
    public void stop() {
        if (launcher == null || !launcher.isAlive()) {
            return;
        }
        launcher.descendants().filter(p -> p.info().command().orElse("").endsWith("/java"))
                .forEach(ProcessHandle::destroy);
        try {
            if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
                LOG.warning("The server copy did not stop within 2 minutes; killing it");
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** The server's log of its latest start. */
    public String log() {
        return read(logs.resolve("server-" + starts + ".log"));
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitExit() {
        try {
            launcher.waitFor(1, TimeUnit.MINUTES);
            for (ProcessHandle child : launcher.descendants().toList()) {
                child.onExit().get(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The server copy's process did not end", e);
        }
    }

    /** Waits until the server answers HTTP at all (e.g. after a database came back), at most {@code timeout}. */
    public static boolean answers(String url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) {
                    return true;
                }
            } catch (IOException e) {
                // not yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause(Duration.ofMillis(500));
        }
        return false;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
