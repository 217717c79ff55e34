package org.concerto.meeting;

import org.concerto.participant.StakeholderCategory;

/** One invitee as the meeting page lists them. */
public class InviteeRow {

    private final Long personId;
    private final String firstName;
    private final String lastName;
    private final String jobTitle;
    private final String organisationName;
    private final StakeholderCategory category;
    private final MeetingRole role;

    public InviteeRow(
            Long personId,
            String firstName,
            String lastName,
            String jobTitle,
            String organisationName,
            StakeholderCategory category,
            MeetingRole role) {
        this.personId = personId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.jobTitle = jobTitle;
        this.organisationName = organisationName;
        this.category = category;
        this.role = role;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public StakeholderCategory getCategory() {
        return category;
    }

    public MeetingRole getRole() {
        return role;
    }
}
