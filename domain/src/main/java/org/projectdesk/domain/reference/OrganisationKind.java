package org.projectdesk.domain.reference;

/** What sort of body an organisation is; used to group and filter organisations. */
public enum OrganisationKind {
    EU_INSTITUTION,
    EU_AGENCY,
    INTERNATIONAL_ORGANISATION,
    UN_AGENCY,
    GOVERNMENT,
    GOVERNMENT_AGENCY,
    NGO,
    OTHER
}
