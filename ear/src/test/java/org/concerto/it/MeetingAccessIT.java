package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.concerto.meeting.MeetingSearch;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.MeetingSummary;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The per-meeting rule, enforced by the service whatever the page shows: a participant reads only the
 * meetings they are invited to, by list or by id; the secretariat reads them all; nobody anonymous.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingAccessIT {

    @Inject
    Fixtures fixtures;

    @Inject
    MeetingService meetings;

    private Long meetingId;
    private String invited;
    private String notInvited;
    private String secretariat;
    private String title;

    @BeforeEach
    void meetingWithOneInvitee() {
        Long association = fixtures.organisation(StakeholderCategory.PATIENT_ASSOCIATION);
        Long invitedPerson = fixtures.person("Inès", "Invitée", association);
        Long otherPerson = fixtures.person("Octave", "Autre", association);
        invited = fixtures.account(invitedPerson, Role.PARTICIPANT);
        notInvited = fixtures.account(otherPerson, Role.PARTICIPANT);
        secretariat = fixtures.account(fixtures.person("Sacha", "Secrétariat", null), Role.SECRETARIAT);
        title = Fixtures.unique("Accès");
        meetingId = fixtures.meeting(title, invitedPerson);
    }

    @Test
    void anInviteeReadsTheMeetingAndFindsItInTheirList() throws Exception {
        assertThat(AsUser.call(invited, Fixtures.PASSWORD, () -> meetings.details(meetingId)
                        .getTitle()))
                .isEqualTo(title);
        assertThat(AsUser.call(invited, Fixtures.PASSWORD, () -> titles(search(title))))
                .containsExactly(title);
    }

    @Test
    void aParticipantWhoIsNotInvitedIsRefusedWhateverIdTheyType() throws Exception {
        SecurityIdentity other = AsUser.login(notInvited, Fixtures.PASSWORD);
        assertThatThrownBy(() -> AsUser.call(other, () -> meetings.details(meetingId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(other, () -> titles(search(title)))).isEmpty();
        assertThat(AsUser.call(other, () -> meetings.count(search(title)))).isZero();
        assertThat(AsUser.call(other, () -> meetings.upcoming(50)))
                .extracting(MeetingSummary::getId)
                .doesNotContain(meetingId);
    }

    @Test
    void theSecretariatReadsEveryMeeting() throws Exception {
        assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> meetings.details(meetingId)
                        .getInviteeCount()))
                .isEqualTo(1);
        assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> titles(search(title))))
                .containsExactly(title);
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        assertThatThrownBy(() -> AsUser.call(secretariat, Fixtures.PASSWORD, () -> meetings.details(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anonymousCallersAreRefusedByTheContainer() {
        assertThatThrownBy(() -> meetings.details(meetingId)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aWrongPasswordDoesNotLogIn() {
        assertThatThrownBy(() -> AsUser.login(invited, "not-the-password")).isInstanceOf(SecurityException.class);
    }

    private static MeetingSearch search(String text) {
        MeetingSearch search = new MeetingSearch();
        search.setText(text);
        return search;
    }

    private List<String> titles(MeetingSearch search) {
        return meetings.search(search, 0, 20).stream()
                .map(MeetingSummary::getTitle)
                .toList();
    }
}
