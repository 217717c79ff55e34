package org.concerto.web.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.concerto.meeting.InviteeGroup;
import org.concerto.meeting.InviteeRow;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingRole;
import org.concerto.web.CurrentUser;

/** The documents section of /meeting/view.xhtml: whether the user is an invitee, and so has a notice of their own. */
@Named
@RequestScoped
public class MeetingDocumentsBacking {

    @Inject
    private CurrentUser currentUser;

    /** Whether the user chairs this meeting: the chair also downloads the attendance sheet (docs/security.md). */
    public boolean chairs(MeetingDetails meeting) {
        Long me = myInviteeId(meeting);
        return me != null
                && meeting.getInviteeGroups().stream()
                        .flatMap(group -> group.getInvitees().stream())
                        .anyMatch(
                                invitee -> me.equals(invitee.getPersonId()) && invitee.getRole() == MeetingRole.CHAIR);
    }

    /** The user's person id when they are invited to this meeting, else null. */
    public Long myInviteeId(MeetingDetails meeting) {
        if (meeting == null || !currentUser.isLoggedIn()) {
            return null;
        }
        Long me = currentUser.getCaller().getPersonId();
        for (InviteeGroup group : meeting.getInviteeGroups()) {
            for (InviteeRow invitee : group.getInvitees()) {
                if (me != null && Objects.equals(invitee.getPersonId(), me)) {
                    return me;
                }
            }
        }
        return null;
    }
}
