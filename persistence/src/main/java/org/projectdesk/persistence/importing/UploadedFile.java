package org.projectdesk.persistence.importing;

import java.util.Objects;

/** A file an editor uploaded: its name as given by the browser and its bytes. */
public record UploadedFile(String name, byte[] content) {

    public UploadedFile {
        name = name == null || name.isBlank() ? "upload" : name.strip();
        Objects.requireNonNull(content, "content");
    }
}
