package org.projectdesk.persistence.publicview;

/** An organisation as its public page heads it: its name in the page's language and its website, if any. */
public record OrganisationProfile(OrganisationName organisation, String website) {
}
