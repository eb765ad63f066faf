package org.projectdesk.persistence.publicview;

/** A donor of a project, with the funding instrument where one is known (e.g. ENPI). */
public record DonorView(OrganisationName organisation, String fundingInstrument) {
}
