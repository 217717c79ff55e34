package org.concerto.meeting;

import java.util.List;
import org.concerto.participant.StakeholderCategory;

/** The invitees of one organisation (or of none, for individuals). */
public class InviteeGroup {

    private final String organisationName;
    private final StakeholderCategory category;
    private final List<InviteeRow> invitees;

    public InviteeGroup(String organisationName, StakeholderCategory category, List<InviteeRow> invitees) {
        this.organisationName = organisationName;
        this.category = category;
        this.invitees = List.copyOf(invitees);
    }

    /** Null for people invited in their own name. */
    public String getOrganisationName() {
        return organisationName;
    }

    public StakeholderCategory getCategory() {
        return category;
    }

    public List<InviteeRow> getInvitees() {
        return invitees;
    }
}
