package org.projectdesk.persistence.publicview;

/**
 * One value of a facet with the number of published projects it would give, counted with every
 * other facet's choice applied (so alternatives within a facet keep their counts).
 *
 * @param value    as in addresses and in {@link ProjectQuery}: an ISO code, a slug, a status, a year
 * @param label    for people, in the query's language
 * @param count    matching projects
 * @param selected whether the query chose it
 */
public record FacetValue(String value, String label, long count, boolean selected) {
}
