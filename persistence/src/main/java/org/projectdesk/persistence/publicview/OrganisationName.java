package org.projectdesk.persistence.publicview;

/** An organisation as the public side names it, in the reader's language. */
public record OrganisationName(String slug, String name, String acronym) {
}
