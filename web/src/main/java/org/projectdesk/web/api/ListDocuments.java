package org.projectdesk.web.api;

import org.projectdesk.persistence.publicview.PublishedReferenceData.CountrySummary;
import org.projectdesk.persistence.publicview.PublishedReferenceData.OrganisationSummary;

import java.util.List;

/** The API's list documents (see the OpenAPI document for their schemas). */
public final class ListDocuments {

    private ListDocuments() {
    }

    /** A page of projects, with the total and the links to walk the pages. */
    public record ProjectPage(List<ProjectDocument> items, long total, int page, int size, int pages,
                              PageLinks links) {
    }

    /** Links to the same search on other pages; {@code next} and {@code prev} are absent at the ends. */
    public record PageLinks(String self, String first, String last, String next, String prev) {
    }

    public record OrganisationList(List<OrganisationSummary> items, int total) {
    }

    public record CountryList(List<CountrySummary> items, int total) {
    }
}
