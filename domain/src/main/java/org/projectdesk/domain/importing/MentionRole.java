package org.projectdesk.domain.importing;

import org.projectdesk.domain.entry.ParticipationRole;

/** What an organisation named on the legacy page does in the project. */
public enum MentionRole {
    /** Leads the implementation: "led by Frontex", "ICMPD (lead)", or the only implementing agency. */
    LEAD_IMPLEMENTER,
    /** Implements together with the lead: "in partnership with IOM", "UNDP (partner)". */
    IMPLEMENTING_PARTNER,
    /** Funds the project: "Donor: European Union (IPA-I)". */
    DONOR,
    /** Named under "Partners:", e.g. a partner country. */
    PARTNER;

    /** The role the organisation gets in the project's content. */
    public ParticipationRole participationRole() {
        return switch (this) {
            case LEAD_IMPLEMENTER -> ParticipationRole.LEAD_IMPLEMENTER;
            case IMPLEMENTING_PARTNER -> ParticipationRole.IMPLEMENTING_PARTNER;
            case DONOR -> ParticipationRole.DONOR;
            case PARTNER -> ParticipationRole.PARTNER;
        };
    }
}
