package org.concerto.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingStatus;
import org.concerto.meeting.Schedule;
import org.concerto.pdf.MinutesContent;
import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;

class MinutesTest {

    private static final Instant START = Instant.parse("2019-09-12T12:00:00Z");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static Meeting held() {
        Meeting meeting = new Meeting(
                "Réunion",
                null,
                new Schedule(START, START.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle",
                null);
        meeting.addAgendaItem(new AgendaItem("Accueil", null, AgendaItemKind.INFORMATION, 10));
        meeting.invite(new org.concerto.participant.Person("Hélène", "Lefèvre", "h@example.org", null, null), null);
        meeting.convene(at(START.minus(Duration.ofDays(10))));
        meeting.markHeld(at(START.plus(Duration.ofHours(3))));
        return meeting;
    }

    private static SectionText summary(String text) {
        SectionText section = new SectionText();
        section.setSummary(text);
        return section;
    }

    @Test
    void minutesAreWrittenOnlyOnceTheMeetingIsHeld() {
        Meeting meeting = new Meeting(
                "Réunion",
                null,
                new Schedule(START, START.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle",
                null);
        assertThatThrownBy(() -> Minutes.draftFor(meeting))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.minutes.notHeld");
        assertThat(Minutes.draftFor(held()).getSections()).hasSize(1);
    }

    @Test
    void theStateMachineRefusesEditingAfterApproval() {
        Minutes minutes = Minutes.draftFor(held());
        MinutesSection section = minutes.getSections().get(0);
        Clock day = at(START.plus(Duration.ofDays(1)));
        section.write(summary("Projet."), "Claire", day);
        minutes.openReview(START.plus(Duration.ofDays(8)), day);
        section.write(summary("Projet revu."), "Claire", day);
        assertThat(minutes.stage()).isEqualTo(Minutes.Stage.IN_REVIEW);

        minutes.approve("Hélène Lefèvre", 0, day);

        assertThat(minutes.stage()).isEqualTo(Minutes.Stage.APPROVED);
        assertThat(minutes.getMeeting().getStatus()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        assertThatThrownBy(() -> section.write(summary("Modifié après approbation."), "Claire", day))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.minutes.frozen");
        assertThatThrownBy(() -> minutes.approve("Hélène Lefèvre", 0, day)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> section.correct(summary("Rectifié."), " ", "Claire", day))
                .isInstanceOf(BusinessException.class);
        section.correct(summary("Rectifié."), "Erreur de date", "Claire", day);
        assertThat(section.getSummary()).isEqualTo("Rectifié.");
        minutes.publish(day);
        assertThat(minutes.getMeeting().getStatus()).isEqualTo(MeetingStatus.PUBLISHED);
    }

    @Test
    void approvalWaitsForEveryCommentAndCommentsStopAtTheDeadline() {
        Minutes minutes = Minutes.draftFor(held());
        MinutesSection section = minutes.getSections().get(0);
        Clock day = at(START.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> section.comment(null, "Marie", "Trop tôt.", day))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> minutes.openReview(START, day))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.minutes.deadlinePast");
        minutes.openReview(START.plus(Duration.ofDays(8)), day);

        MinutesComment comment = section.comment(null, "Marie-Thérèse Lambert", "Préciser la date.", day);
        assertThatThrownBy(() -> section.comment(null, "Marie", "Trop tard.", at(START.plus(Duration.ofDays(9)))))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.minutes.reviewDeadlinePassed");
        assertThatThrownBy(() -> minutes.approve("Hélène", 1, day))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.minutes.unresolvedComments");
        assertThatThrownBy(() -> comment.resolve(CommentResolution.NOT_TAKEN_INTO_ACCOUNT, "", "Claire", day))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.minutes.reasonRequired");
        comment.resolve(CommentResolution.TAKEN_INTO_ACCOUNT, null, "Claire", day);
        assertThat(comment.getResolution()).isEqualTo(CommentResolution.TAKEN_INTO_ACCOUNT);
    }

    @Test
    void votesAreAllThreeOrNone() {
        Minutes minutes = Minutes.draftFor(held());
        MinutesSection section = minutes.getSections().get(0);
        SectionText text = summary("Vote.");
        text.setVotesFor(3);
        assertThatThrownBy(() -> section.write(text, "Claire", at(START)))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.minutes.votesIncomplete");
        text.setVotesAgainst(1);
        text.setAbstentions(0);
        text.setMinorityOpinion("Opinion.");
        section.write(text, "Claire", at(START));
        assertThat(section.getVotesFor()).isEqualTo(3);
        assertThat(section.getMinorityOpinion()).isEqualTo("Opinion.");
    }

    @Test
    void actionLinesBecomeActionsWithOwnerAndDueDate() {
        Minutes minutes = Minutes.draftFor(held());
        MinutesSection section = minutes.getSections().get(0);
        SectionText text = summary("Actions.");
        text.setActionsDecided(
                "Transmettre l'engagement écrit – Thomas Bernard – 15/10/2019\n- Organiser le suivi – Claire Martin\n\n");
        section.write(text, "Claire", at(START));

        var actions = MinutesAssembler.writtenActions(section, 3);

        assertThat(actions).hasSize(2);
        assertThat(actions.get(0).description()).isEqualTo("Transmettre l'engagement écrit");
        assertThat(actions.get(0).owner()).isEqualTo("Thomas Bernard");
        assertThat(actions.get(0).due()).hasToString("2019-10-15");
        assertThat(actions.get(1).owner()).isEqualTo("Claire Martin");
        assertThat(actions.get(1).item()).isEqualTo(3);
    }

    @Test
    void recordedActionItemsOfTheItemReplaceTheWrittenLines() {
        Minutes minutes = Minutes.draftFor(held());
        MinutesSection section = minutes.getSections().get(0);
        SectionText text = summary("Actions.");
        text.setActionsDecided("Transmettre l'engagement écrit – Thomas Bernard – 15/10/2019");
        section.write(text, "Claire", at(START));
        var recorded = List.of(new MinutesAssembler.RecordedAction(
                "Transmettre l'engagement signé", "Pompes SA – Thomas Bernard", java.time.LocalDate.of(2019, 10, 31)));

        assertThat(MinutesAssembler.actions(section, 2, recorded))
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.description()).isEqualTo("Transmettre l'engagement signé");
                    assertThat(action.owner()).isEqualTo("Pompes SA – Thomas Bernard");
                    assertThat(action.item()).isEqualTo(2);
                });
        assertThat(MinutesAssembler.actions(section, 2, List.of()))
                .as("no action item recorded: the written lines")
                .extracting(MinutesContent.Action::description)
                .containsExactly("Transmettre l'engagement écrit");
    }
}
