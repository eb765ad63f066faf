package org.projectdesk.domain.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared seed page: walks up from the working directory (the module's basedir under
 * Maven) until a directory has {@code shared/seeds/ongoing-projects-page.txt}, i.e. the
 * {@code ../shared} beside the project root. CI keeps it at the same relative place.
 */
final class SeedPage {

    static final String RELATIVE = "shared/seeds/ongoing-projects-page.txt";

    private SeedPage() {
    }

    static Path path() {
        String basedir = System.getProperty("basedir");
        Path start = (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + RELATIVE + " in " + start + " or any directory above it");
    }

    static String text() {
        try {
            return Files.readString(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
