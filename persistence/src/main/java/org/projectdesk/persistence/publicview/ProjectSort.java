package org.projectdesk.persistence.publicview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders a list of published projects can be read in; {@link #param()} is how addresses name them. */
public enum ProjectSort {
    /** Best match first (then by title); without search words the same as {@link #TITLE}. */
    RELEVANCE,
    TITLE,
    START_ASC,
    START_DESC,
    END_ASC,
    END_DESC,
    /** Most recently published first (the feed's order). */
    PUBLISHED_DESC;

    /** The value in an address, e.g. {@code start-desc}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ProjectSort> fromParam(String value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(sort -> sort.param().equals(value)).findFirst();
    }
}
