package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.MarkupLike;

/** For the entry form: the part of a typed text that looks like HTML or script, to warn beside the field. */
@Named
@ApplicationScoped
public class MarkupWarnings {

    /** The part that looks like markup, or null when the text is plain. */
    public String in(String text) {
        return MarkupLike.in(text).orElse(null);
    }
}
