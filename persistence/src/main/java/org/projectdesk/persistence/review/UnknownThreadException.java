package org.projectdesk.persistence.review;

import org.projectdesk.domain.shared.NotFoundException;

/** There is no comment thread with that id. */
public class UnknownThreadException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    UnknownThreadException(long id) {
        super("error.comment.unknownThread", "There is no comment thread {0}.", String.valueOf(id));
    }
}
