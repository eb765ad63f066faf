package org.projectdesk.persistence.publicview.search;

import org.projectdesk.domain.shared.Language;

/** The field names of the project index, written by {@link PublishedRevisionBinder}, read by the queries. */
public final class ProjectIndex {

    /** The acronym, boosted above everything else. */
    public static final String ACRONYM = "acronym";
    /** ISO codes of the countries. */
    public static final String COUNTRY = "country";
    /** Code of the region the project is filed under. */
    public static final String REGION = "region";
    /** Slugs of the donors. */
    public static final String DONOR = "donor";
    /** Slugs of the implementing organisations: the lead and the implementing partners. */
    public static final String IMPLEMENTER = "implementer";
    /** Slugs of every organisation taking part, in any role (an organisation's page lists them). */
    public static final String PARTICIPANT = "participant";
    /** Slug of the lead implementing agency. */
    public static final String LEAD = "lead";
    /** First day of the start month and of the end month (status and date sorting). */
    public static final String START_MONTH = "start_month";
    public static final String END_MONTH = "end_month";
    public static final String START_YEAR = "start_year";
    public static final String END_YEAR = "end_year";
    /** When the published revision was published. */
    public static final String PUBLISHED_AT = "published_at";

    private ProjectIndex() {
    }

    /** The title in that language (English where it is not translated). */
    public static String title(Language language) {
        return "title_" + language.tag();
    }

    /** Every other text of the published revision, in that language. */
    public static String text(Language language) {
        return "text_" + language.tag();
    }

    /** The title as a sort key. */
    public static String titleSort(Language language) {
        return "title_sort_" + language.tag();
    }
}
