package org.projectdesk.persistence.publicview;

/**
 * One bar of a chart: a value of the published projects (a country, a region, an organisation, a
 * status, a year) with the number of projects it counts.
 *
 * @param value      as in addresses and in {@link ProjectQuery}: an ISO code, a region code, a slug, a status, a year
 * @param label      for people, in the reader's language
 * @param shortLabel where space is scarce: an organisation's acronym if it has one, else the label
 * @param count      projects
 */
public record FigureValue(String value, String label, String shortLabel, long count) {
}
