package org.projectdesk.domain.entry;

/** The part an organisation plays in a project. */
public enum ParticipationRole {
    /** Leads the implementation ("led by Frontex", "ICMPD (lead)"); a project ready for review has exactly one. */
    LEAD_IMPLEMENTER,
    /** Implements with the lead ("in partnership with IOM, WCO and ICMPD"). */
    IMPLEMENTING_PARTNER,
    /** Funds the project, possibly through a named funding instrument (ENPI, IPA-I). */
    DONOR,
    /** Any other partner ("Partners: France, Switzerland"). */
    PARTNER
}
