package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.DomainException;
import org.projectdesk.domain.shared.Slug;

/** The chosen address name is already used by another entry. */
public class DuplicateSlugException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Slug slug;

    public DuplicateSlugException(Slug slug) {
        super("error.slug.taken", "The address name \"{0}\" is already taken; choose another.", slug);
        this.slug = slug;
    }

    public Slug slug() {
        return slug;
    }
}
