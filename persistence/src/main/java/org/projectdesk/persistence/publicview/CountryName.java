package org.projectdesk.persistence.publicview;

/** A country as the public side shows it: its ISO code and its name in the reader's language. */
public record CountryName(String code, String name) {
}
