package org.concerto.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.Schedule;
import org.concerto.participant.Language;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Zones;
import org.junit.jupiter.api.Test;

class ActionItemTest {

    private static final Actor SECRETARIAT = new Actor("secretariat", "Claire Martin");
    private static final Actor OWNER = new Actor("manufacturer", "Thomas Bernard");

    private final Organisation medtronic = new Organisation("Medtronic France", null, StakeholderCategory.MANUFACTURER);
    private final Organisation evadiac = new Organisation("EVADIAC", null, StakeholderCategory.EXPERT_GROUP);
    private final Person thomas = new Person("Thomas", "Bernard", "thomas@example.org", Language.EN, medtronic);
    private final Person laurent = new Person("Laurent", "Chevalier", "laurent@example.org", Language.FR, medtronic);
    private final Person anne = new Person("Anne", "Rousseau", "anne@example.org", Language.FR, evadiac);
    private final Meeting meeting = new Meeting(
            "Réunion",
            "MIP",
            new Schedule(Instant.parse("2019-09-12T12:00:00Z"), Instant.parse("2019-09-12T15:00:00Z")),
            MeetingFormat.IN_PERSON,
            "Saint-Denis",
            null);
    private final AgendaItem item =
            meeting.addAgendaItem(new AgendaItem("Continuité", null, AgendaItemKind.DISCUSSION, 30));

    /** 23:30 in Paris on the given day (21:30 or 22:30 UTC): the day is Paris's, not UTC's. */
    private static Clock lateEvening(int year, int month, int day) {
        return Clock.fixed(
                ZonedDateTime.of(year, month, day, 23, 30, 0, 0, Zones.DEFAULT).toInstant(), Zones.DEFAULT);
    }

    private ActionItem supplyAction(LocalDate due) {
        return new ActionItem(
                meeting,
                item,
                "Confirmer l'engagement",
                thomas,
                medtronic,
                due,
                ActionPriority.HIGH,
                SECRETARIAT,
                lateEvening(2019, 9, 12));
    }

    @Test
    void anActionIsOverdueFromTheDayAfterItsDueDateInParis() {
        ActionItem action = supplyAction(LocalDate.of(2019, 10, 1));

        assertThat(action.isOverdue(lateEvening(2019, 10, 1))).isFalse();
        assertThat(action.isOverdue(Clock.fixed(
                        ZonedDateTime.of(2019, 10, 2, 0, 10, 0, 0, Zones.DEFAULT)
                                .toInstant(),
                        Zones.DEFAULT)))
                .as("ten past midnight in Paris is still the 1st in UTC")
                .isTrue();
        assertThat(action.daysLate(lateEvening(2019, 10, 11))).isEqualTo(10);
    }

    @Test
    void aDoneOrCancelledActionIsNeverOverdue() {
        ActionItem done = supplyAction(LocalDate.of(2019, 10, 1));
        done.report(ActionStatus.DONE, null, OWNER, lateEvening(2019, 10, 5));
        ActionItem cancelled = supplyAction(LocalDate.of(2019, 10, 1));
        cancelled.cancel("Plus nécessaire", SECRETARIAT, lateEvening(2019, 10, 5));

        assertThat(done.isOverdue(lateEvening(2019, 12, 1))).isFalse();
        assertThat(cancelled.isOverdue(lateEvening(2019, 12, 1))).isFalse();
        assertThat(ActionItem.isOverdue(ActionStatus.IN_PROGRESS, LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 2)))
                .isTrue();
    }

    @Test
    void anOrganisationsContactMustBelongToIt() {
        assertThatThrownBy(() -> new ActionItem(
                        meeting,
                        item,
                        "Faire",
                        anne,
                        medtronic,
                        LocalDate.of(2019, 10, 1),
                        null,
                        SECRETARIAT,
                        lateEvening(2019, 9, 12)))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.action.contactNotMember");
        assertThatThrownBy(() -> new ActionItem(
                        meeting,
                        item,
                        "Faire",
                        null,
                        medtronic,
                        LocalDate.of(2019, 10, 1),
                        null,
                        SECRETARIAT,
                        lateEvening(2019, 9, 12)))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.action.contactRequired");
    }

    @Test
    void theOwningOrganisationsMembersMayReportButNotOthers() {
        ActionItem action = supplyAction(LocalDate.of(2019, 10, 1));

        assertThat(action.isOwnedBy(thomas)).isTrue();
        assertThat(action.isOwnedBy(laurent))
                .as("a colleague at the owning organisation")
                .isTrue();
        assertThat(action.isOwnedBy(anne)).isFalse();
        assertThat(action.isOwnedBy(null)).isFalse();
    }

    @Test
    void theSecretariatConfirmsADoneActionWhichClosesIt() {
        ActionItem action = supplyAction(LocalDate.of(2019, 10, 1));
        assertThatThrownBy(() -> action.confirmDone(SECRETARIAT, lateEvening(2019, 9, 20)))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.action.confirmNotDone");

        action.report(ActionStatus.IN_PROGRESS, "Lettre en relecture", OWNER, lateEvening(2019, 9, 20));
        action.report(ActionStatus.DONE, null, OWNER, lateEvening(2019, 9, 25));
        assertThat(action.isClosed()).as("done but not yet confirmed").isFalse();
        action.confirmDone(SECRETARIAT, lateEvening(2019, 9, 26));

        assertThat(action.isClosed()).isTrue();
        assertThatThrownBy(() -> action.report(ActionStatus.IN_PROGRESS, null, OWNER, lateEvening(2019, 9, 27)))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.action.closed");
        assertThat(action.history())
                .extracting(ActionEvent::getKind)
                .containsExactly(
                        ActionEventKind.RECORDED,
                        ActionEventKind.STATUS,
                        ActionEventKind.STATUS,
                        ActionEventKind.CONFIRMED);
    }

    @Test
    void reopeningNeedsAReasonAndKeepsIt() {
        ActionItem action = supplyAction(LocalDate.of(2019, 10, 1));
        action.report(ActionStatus.DONE, null, OWNER, lateEvening(2019, 9, 25));
        action.confirmDone(SECRETARIAT, lateEvening(2019, 9, 26));

        assertThatThrownBy(() -> action.reopen("  ", SECRETARIAT, lateEvening(2019, 9, 27)))
                .isInstanceOf(BusinessException.class);
        action.reopen("La lettre n'est pas signée", SECRETARIAT, lateEvening(2019, 9, 27));

        assertThat(action.getStatus()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.getConfirmedAt()).isNull();
        ActionEvent last = action.history().get(action.history().size() - 1);
        assertThat(last.getKind()).isEqualTo(ActionEventKind.REOPENED);
        assertThat(last.getNote()).isEqualTo("La lettre n'est pas signée");
        assertThat(last.getFromStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(last.getByName()).isEqualTo("Claire Martin");
        assertThat(last.getAt()).isEqualTo(lateEvening(2019, 9, 27).instant());
    }

    @Test
    void anOwnerCannotCancelNorReportNothing() {
        ActionItem action = supplyAction(LocalDate.of(2019, 10, 1));

        assertThatThrownBy(() -> action.report(ActionStatus.CANCELLED, null, OWNER, lateEvening(2019, 9, 20)))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.action.statusNotForOwner");
        assertThatThrownBy(() -> action.report(ActionStatus.OPEN, " ", OWNER, lateEvening(2019, 9, 20)))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.action.nothingToReport");
        action.report(ActionStatus.OPEN, "Courrier préparé", OWNER, lateEvening(2019, 9, 20));
        assertThat(action.history()).extracting(ActionEvent::getKind).endsWith(ActionEventKind.NOTE);
    }

    @Test
    void anAgendaItemMustBeOnTheMeetingsAgenda() {
        AgendaItem elsewhere = new AgendaItem("Ailleurs", null, AgendaItemKind.DISCUSSION, 10);
        assertThatThrownBy(() -> new ActionItem(
                        meeting,
                        elsewhere,
                        "Faire",
                        thomas,
                        null,
                        LocalDate.of(2019, 10, 1),
                        null,
                        SECRETARIAT,
                        lateEvening(2019, 9, 12)))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.action.itemNotInMeeting");
    }
}
