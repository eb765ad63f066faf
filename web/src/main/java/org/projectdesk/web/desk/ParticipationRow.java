package org.projectdesk.web.desk;

import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;

import java.io.Serializable;

/** One organisation-with-role line of the entry form. */
public class ParticipationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long organisationId;
    private ParticipationRole role = ParticipationRole.IMPLEMENTING_PARTNER;
    private String fundingInstrument;

    public static ParticipationRow of(Participation participation) {
        ParticipationRow row = new ParticipationRow();
        row.organisationId = participation.organisation().id();
        row.role = participation.role();
        row.fundingInstrument = participation.fundingInstrument().orElse(null);
        return row;
    }

    public boolean isEmpty() {
        return organisationId == null && (fundingInstrument == null || fundingInstrument.isBlank());
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public ParticipationRole getRole() {
        return role;
    }

    public void setRole(ParticipationRole role) {
        this.role = role;
    }

    public String getFundingInstrument() {
        return fundingInstrument;
    }

    public void setFundingInstrument(String fundingInstrument) {
        this.fundingInstrument = fundingInstrument;
    }
}
