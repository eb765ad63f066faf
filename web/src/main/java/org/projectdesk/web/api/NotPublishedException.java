package org.projectdesk.web.api;

import jakarta.ws.rs.NotFoundException;

/** Nothing published answers to the address: an unknown slug, a draft only, or an unpublished entry. */
public class NotPublishedException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public NotPublishedException(String detail) {
        super(detail);
    }
}
