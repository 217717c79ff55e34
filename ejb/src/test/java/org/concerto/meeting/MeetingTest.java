package org.concerto.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.concerto.participant.Language;
import org.concerto.participant.Person;
import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingTest {

    private static final Instant START = Instant.parse("2030-03-12T09:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(3));
    private static final String LINK = "https://visio.example.org/r/4821";

    private static final Clock DAY_BEFORE = Clock.fixed(START.minus(Duration.ofDays(1)), ZoneOffset.UTC);
    private static final Clock AT_START = Clock.fixed(START, ZoneOffset.UTC);
    private static final Clock HOUR_AFTER_START = Clock.fixed(START.plus(Duration.ofHours(1)), ZoneOffset.UTC);

    // --- construction ---------------------------------------------------------------------------

    @Test
    void aMeetingInYearOneOrAfter2100IsRefusedNamingTheField() {
        Instant yearOne = Instant.parse("0001-01-01T13:00:00Z");
        assertThatThrownBy(() -> new Schedule(yearOne, yearOne.plus(Duration.ofHours(3))))
                .isInstanceOfSatisfying(
                        BusinessException.class, refusal -> assertThat(refusal.getMessage(java.util.Locale.FRENCH))
                                .isEqualTo("Début : la date doit tomber dans les années 1900 à 2100."));
        assertThatThrownBy(() -> new Schedule(START, Instant.parse("2101-01-01T00:00:00Z")))
                .isInstanceOfSatisfying(
                        BusinessException.class, refusal -> assertThat(refusal.getMessage(java.util.Locale.ENGLISH))
                                .isEqualTo("End: the date must fall in the years 1900 to 2100."));
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 0, 100, Integer.MAX_VALUE})
    void seatsOutsideOneTo99AreRefusedWithTheLimits(int seats) {
        Meeting meeting = new Meeting("Comité", null, schedule(), MeetingFormat.IN_PERSON, "Salle A", null);
        assertThatThrownBy(() -> meeting.limitSeats(seats))
                .isInstanceOfSatisfying(
                        BusinessException.class, refusal -> assertThat(refusal.getMessage(java.util.Locale.FRENCH))
                                .isEqualTo("Places par organisation : entre 1 et 99."));
        assertThat(meeting.getSeatsPerOrganisation()).isNull();
    }

    @Test
    void aNewMeetingIsADraftWithItsTitleTrimmed() {
        Meeting meeting = new Meeting(
                "  Comité d'interface Levothyrox  ",
                "Levothyrox",
                schedule(),
                MeetingFormat.IN_PERSON,
                "Salle A, 143 bd Anatole France",
                null);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(meeting.getTitle()).isEqualTo("Comité d'interface Levothyrox");
        assertThat(meeting.getSchedule()).isEqualTo(schedule());
        assertThat(meeting.getInvitations()).isEmpty();
        assertThat(meeting.getAgenda()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aTitleIsRequired(String title) {
        assertRefused(
                () -> new Meeting(title, null, schedule(), MeetingFormat.IN_PERSON, "Salle A", null), "error.required");
    }

    @Test
    void theMissingFieldIsNamed() {
        assertThatThrownBy(() -> new Meeting(" ", null, schedule(), MeetingFormat.IN_PERSON, "Salle A", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getArguments())
                        .extracting(Object::toString)
                        .containsExactly("title"));
    }

    @Test
    void aMeetingCannotEndBeforeItStarts() {
        assertRefused(() -> new Schedule(END, START), "error.meeting.endBeforeStart");
    }

    @Test
    void aMeetingCannotEndWhenItStarts() {
        assertRefused(() -> new Schedule(START, START), "error.meeting.endBeforeStart");
    }

    @Test
    void aScheduleIsRequired() {
        assertRefused(
                () -> new Meeting("Comité", null, null, MeetingFormat.IN_PERSON, "Salle A", null), "error.required");
    }

    @ParameterizedTest
    @EnumSource(names = {"REMOTE", "HYBRID"})
    void anOnlineMeetingNeedsALink(MeetingFormat format) {
        assertRefused(
                () -> new Meeting("Comité", null, schedule(), format, "Salle A", null),
                "error.meeting.onlineLinkRequired");
        assertRefused(
                () -> new Meeting("Comité", null, schedule(), format, "Salle A", "  "),
                "error.meeting.onlineLinkRequired");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://visio.example.org/r/4821",
                "visio.example.org/r/4821",
                "not a link",
                "https://",
                "https:///r/4821",
                "ftp://visio.example.org/r/4821",
                "javascript:alert(1)"
            })
    void anOnlineLinkMustBeACompleteHttpsAddress(String link) {
        assertRefused(
                () -> new Meeting("Comité", null, schedule(), MeetingFormat.REMOTE, null, link),
                "error.meeting.onlineLinkInvalid");
        assertRefused(
                () -> new Meeting("Comité", null, schedule(), MeetingFormat.HYBRID, "Salle A", link),
                "error.meeting.onlineLinkInvalid");
    }

    @Test
    void aRemoteMeetingKeepsItsHttpsLink() {
        Meeting meeting = new Meeting("Comité", null, schedule(), MeetingFormat.REMOTE, null, "  " + LINK + " ");

        assertThat(meeting.getOnlineLink()).isEqualTo(LINK);
        assertThat(meeting.getFormat()).isEqualTo(MeetingFormat.REMOTE);
    }

    @ParameterizedTest
    @EnumSource(names = {"IN_PERSON", "HYBRID"})
    void aMeetingInARoomNeedsAVenue(MeetingFormat format) {
        assertRefused(() -> new Meeting("Comité", null, schedule(), format, null, LINK), "error.meeting.venueRequired");
        assertRefused(() -> new Meeting("Comité", null, schedule(), format, " ", LINK), "error.meeting.venueRequired");
    }

    @Test
    void aHybridMeetingKeepsVenueAndLink() {
        Meeting meeting = new Meeting("Comité", null, schedule(), MeetingFormat.HYBRID, "Salle A", LINK);

        assertThat(meeting.getVenue()).isEqualTo("Salle A");
        assertThat(meeting.getOnlineLink()).isEqualTo(LINK);
    }

    @Test
    void anInPersonMeetingHasNoOnlineLink() {
        Meeting meeting = new Meeting("Comité", null, schedule(), MeetingFormat.IN_PERSON, "Salle A", LINK);

        assertThat(meeting.getOnlineLink()).isNull();
    }

    // --- invitees ---------------------------------------------------------------------------------

    @Test
    void invitesAPersonInARole() {
        Meeting meeting = draft();
        Person chair = person("chair");

        Invitation invitation = meeting.invite(chair, MeetingRole.CHAIR);

        assertThat(invitation.getPerson()).isSameAs(chair);
        assertThat(invitation.getRole()).isEqualTo(MeetingRole.CHAIR);
        assertThat(invitation.getMeeting()).isSameAs(meeting);
        assertThat(meeting.isInvited(chair)).isTrue();
        assertThat(meeting.isInvited(person("other"))).isFalse();
    }

    @Test
    void anInviteeWithoutRoleIsAParticipant() {
        assertThat(draft().invite(person("anne"), null).getRole()).isEqualTo(MeetingRole.PARTICIPANT);
    }

    @Test
    void refusesToInviteTheSamePersonTwice() {
        Meeting meeting = draft();
        Person anne = person("anne");
        meeting.invite(anne, MeetingRole.PARTICIPANT);

        assertRefused(() -> meeting.invite(anne, MeetingRole.EXPERT), "error.invitation.duplicate");
        assertThat(meeting.getInvitations()).hasSize(1);
        assertThat(meeting.getInvitations().get(0).getRole()).isEqualTo(MeetingRole.PARTICIPANT);
    }

    @Test
    void invitesSeveralPeople() {
        Meeting meeting = draft();
        meeting.invite(person("anne"), MeetingRole.CHAIR);
        meeting.invite(person("bruno"), MeetingRole.OBSERVER);

        assertThat(meeting.getInvitations()).hasSize(2);
    }

    @Test
    void nobodyCanBeInvitedOnceTheMeetingIsHeld() {
        Meeting meeting = held();

        assertRefused(() -> meeting.invite(person("late"), MeetingRole.OBSERVER), "error.meeting.invitationsClosed");
        assertThat(meeting.getInvitations()).hasSize(1);
    }

    @Test
    void theAgendaIsClosedOnceTheMeetingIsHeld() {
        Meeting meeting = held();

        assertRefused(() -> meeting.addAgendaItem(item("Point ajouté", 10)), "error.meeting.agendaClosed");
        assertThat(meeting.getAgenda()).hasSize(1);
    }

    // --- convening --------------------------------------------------------------------------------

    @Test
    void convenesAMeetingWithInviteesAndAgendaBeforeItsDate() {
        Meeting meeting = ready();

        meeting.convene(DAY_BEFORE);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CONVENED);
    }

    @Test
    void refusesToConveneWithoutInvitees() {
        Meeting meeting = draft();
        meeting.addAgendaItem(item("Ouverture", 15));

        assertRefused(() -> meeting.convene(DAY_BEFORE), "error.meeting.convene.noInvitees");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.DRAFT);
    }

    @Test
    void refusesToConveneWithoutAgenda() {
        Meeting meeting = draft();
        meeting.invite(person("anne"), MeetingRole.CHAIR);

        assertRefused(() -> meeting.convene(DAY_BEFORE), "error.meeting.convene.noAgenda");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.DRAFT);
    }

    @Test
    void refusesToConveneAMeetingThatHasStarted() {
        Meeting meeting = ready();

        assertRefused(() -> meeting.convene(HOUR_AFTER_START), "error.meeting.convene.inThePast");
        assertRefused(() -> meeting.convene(AT_START), "error.meeting.convene.inThePast");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.DRAFT);
    }

    @Test
    void refusesToConveneACancelledMeeting() {
        Meeting meeting = ready();
        meeting.cancel();

        assertThatThrownBy(() -> meeting.convene(DAY_BEFORE)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getKey()).isEqualTo("error.meeting.transition");
            assertThat(e.getArguments()).containsExactly(MeetingStatus.CANCELLED, MeetingStatus.CONVENED);
        });
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void refusesToConveneTwice() {
        Meeting meeting = ready();
        meeting.convene(DAY_BEFORE);

        assertRefused(() -> meeting.convene(DAY_BEFORE), "error.meeting.transition");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CONVENED);
    }

    // --- holding, postponing, cancelling ----------------------------------------------------------

    @Test
    void refusesToMarkHeldBeforeTheStart() {
        Meeting meeting = convened();

        assertRefused(() -> meeting.markHeld(DAY_BEFORE), "error.meeting.heldBeforeStart");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CONVENED);
    }

    @Test
    void marksHeldOnceStarted() {
        Meeting meeting = convened();

        meeting.markHeld(AT_START);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void aDraftCannotBeMarkedHeld() {
        Meeting meeting = ready();

        assertRefused(() -> meeting.markHeld(HOUR_AFTER_START), "error.meeting.transition");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.DRAFT);
    }

    @Test
    void postponingMovesTheMeetingToItsNewDate() {
        Meeting meeting = convened();
        Schedule later = new Schedule(START.plus(Duration.ofDays(14)), END.plus(Duration.ofDays(14)));

        meeting.postpone(later, DAY_BEFORE);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.POSTPONED);
        assertThat(meeting.getSchedule()).isEqualTo(later);
        assertThat(meeting.getVenue()).isEqualTo("Salle A");
    }

    @Test
    void aPostponedMeetingIsConvenedAgainForItsNewDate() {
        Meeting meeting = convened();
        meeting.postpone(new Schedule(START.plus(Duration.ofDays(14)), END.plus(Duration.ofDays(14))), DAY_BEFORE);

        meeting.convene(HOUR_AFTER_START);

        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CONVENED);
    }

    @Test
    void aDraftCannotBePostponed() {
        Meeting meeting = ready();
        Schedule later = new Schedule(START.plus(Duration.ofDays(14)), END.plus(Duration.ofDays(14)));

        assertRefused(() -> meeting.postpone(later, DAY_BEFORE), "error.meeting.transition");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.DRAFT);
        assertThat(meeting.getSchedule()).isEqualTo(schedule());
    }

    @Test
    void postponingWithoutADateIsRefusedAndChangesNothing() {
        Meeting meeting = convened();

        assertRefused(() -> meeting.postpone(null, DAY_BEFORE), "error.required");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CONVENED);
        assertThat(meeting.getSchedule()).isEqualTo(schedule());
    }

    @Test
    void aHeldMeetingCannotBeCancelled() {
        Meeting meeting = held();

        assertRefused(meeting::cancel, "error.meeting.transition");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void goesFromHeldToPublishedThroughMinutes() {
        Meeting meeting = held();

        meeting.openMinutesReview();
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.MINUTES_IN_REVIEW);
        meeting.approveMinutes();
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        meeting.publish();
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PUBLISHED);

        assertRefused(meeting::publish, "error.meeting.transition");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PUBLISHED);
    }

    @Test
    void minutesCannotBeApprovedBeforeTheirReview() {
        Meeting meeting = held();

        assertRefused(meeting::approveMinutes, "error.meeting.transition");
        assertRefused(meeting::publish, "error.meeting.transition");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.HELD);
    }

    // --- timetable --------------------------------------------------------------------------------

    @Test
    void theTimetableChainsTheItemsFromTheMeetingStart() {
        Meeting meeting = draft();
        meeting.addAgendaItem(item("Ouverture", 15));
        meeting.addAgendaItem(item("Point sur les signalements", 60));
        meeting.addAgendaItem(item("Questions diverses", 30));

        Timetable timetable = meeting.timetable();

        assertThat(timetable.slots())
                .extracting(Timetable.Slot::start)
                .containsExactly(START, START.plus(Duration.ofMinutes(15)), START.plus(Duration.ofMinutes(75)));
        assertThat(timetable.end()).isEqualTo(START.plus(Duration.ofMinutes(105)));
        assertThat(timetable.overrun(meeting.getSchedule().getEndsAt())).isZero();
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                .isEqualTo(key));
    }

    private static Schedule schedule() {
        return new Schedule(START, END);
    }

    private static Meeting draft() {
        return new Meeting("Comité d'interface", "Levothyrox", schedule(), MeetingFormat.IN_PERSON, "Salle A", null);
    }

    @Test
    void aMeetingSaysWhichStepsArePossibleNow() {
        assertThat(ready().possibleSteps(DAY_BEFORE))
                .containsExactlyInAnyOrder(
                        MeetingStep.CONVENE, MeetingStep.CANCEL, MeetingStep.UNINVITE, MeetingStep.DELETE);
        assertThat(convened().possibleSteps(DAY_BEFORE))
                .containsExactlyInAnyOrder(MeetingStep.POSTPONE, MeetingStep.CANCEL, MeetingStep.REMIND);
        assertThat(convened().possibleSteps(AT_START))
                .containsExactlyInAnyOrder(
                        MeetingStep.MARK_HELD, MeetingStep.POSTPONE, MeetingStep.CANCEL, MeetingStep.REMIND);
        assertThat(held().possibleSteps(HOUR_AFTER_START))
                .containsExactlyInAnyOrder(MeetingStep.START_MINUTES, MeetingStep.OPEN_MINUTES_REVIEW);
    }

    @Test
    void aStepTheMeetingDoesNotOfferIsRefused() {
        Meeting meeting = convened();

        assertThat(meeting.possibleSteps(DAY_BEFORE))
                .doesNotContain(MeetingStep.MARK_HELD, MeetingStep.DELETE, MeetingStep.UNINVITE);
        assertRefused(() -> meeting.markHeld(DAY_BEFORE), "error.meeting.heldBeforeStart");
        assertRefused(meeting::requireDeletable, "error.meeting.deleteNotDraft");
        assertRefused(
                () -> meeting.uninvite(meeting.getInvitations().get(0).getPerson()), "error.meeting.uninviteClosed");
    }

    private static Meeting ready() {
        Meeting meeting = draft();
        meeting.invite(person("chair"), MeetingRole.CHAIR);
        meeting.addAgendaItem(item("Ouverture", 15));
        return meeting;
    }

    private static Meeting convened() {
        Meeting meeting = ready();
        meeting.convene(DAY_BEFORE);
        return meeting;
    }

    private static Meeting held() {
        Meeting meeting = convened();
        meeting.markHeld(HOUR_AFTER_START);
        return meeting;
    }

    private static Person person(String name) {
        return new Person("Anne", name, name + "@example.org", Language.FR, null);
    }

    private static AgendaItem item(String title, int minutes) {
        return new AgendaItem(title, null, AgendaItemKind.INFORMATION, minutes);
    }
}
