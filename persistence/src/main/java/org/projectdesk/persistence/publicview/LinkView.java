package org.projectdesk.persistence.publicview;

/** A link of a published project, its label in the reader's language. */
public record LinkView(String label, String url) {
}
