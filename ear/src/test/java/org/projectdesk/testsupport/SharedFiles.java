package org.projectdesk.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's read-only shared material (../shared beside the project root). */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path seedPage() {
        return dir().resolve("seeds/ongoing-projects-page.txt");
    }

    public static Path dir() {
        String configured = System.getProperty("projectdesk.shared.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The shared folder is not at " + dir.toAbsolutePath());
        }
        return dir;
    }
}
