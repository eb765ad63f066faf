package org.projectdesk.persistence.importing;

import java.io.Serializable;
import java.util.List;

/**
 * An organisation the file names that ProjectDesk does not know: offered to be created with the
 * import (the editor confirms), with the lines that name it.
 */
public record NewOrganisation(String slug, String name, String acronym, List<Integer> lines) implements Serializable {

    public NewOrganisation {
        lines = List.copyOf(lines);
    }
}
