package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.concerto.convening.AnswerService;
import org.concerto.convening.ConveningService;
import org.concerto.mail.MailDelivery;
import org.concerto.meeting.InvitationResponse;
import org.concerto.meeting.MeetingService;
import org.concerto.participant.Language;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.BusinessException;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Convening as the secretariat does it, down to the invitees' mailboxes: a notice per invitee in their
 * language with a calendar invitation that a calendar library reads back, updates and cancellations
 * with a rising SEQUENCE, nothing sent for a refused step, and answer links that answer one invitation.
 */
@ExtendWith(ArquillianExtension.class)
class ConveningIT {

    @Inject
    Fixtures fixtures;

    @Inject
    ConveningService convening;

    @Inject
    AnswerService answers;

    @Inject
    MeetingService meetings;

    @Inject
    MailDelivery delivery;

    private GreenMail server;
    private String secretariat;
    private Long association;
    private Long marie;
    private Long john;
    private Long meetingId;

    @BeforeEach
    void meetingWithTwoInvitees() {
        server = MailServer.start();
        secretariat = fixtures.account(fixtures.person("Sacha", "Secrétariat", null), Role.SECRETARIAT);
        association = fixtures.organisation(StakeholderCategory.PATIENT_ASSOCIATION);
        marie = fixtures.person("Marie", "Lefort", association, Language.FR);
        john = fixtures.person("John", "Smith", fixtures.organisation(StakeholderCategory.MANUFACTURER), Language.EN);
        meetingId = fixtures.meeting(Fixtures.unique("Convocation"), marie, john);
    }

    @AfterEach
    void stopMailServer() {
        server.stop();
    }

    @Test
    void conveningSendsEachInviteeTheNoticeInTheirLanguageWithACalendarInvitation() throws Exception {
        int sent = AsUser.call(
                secretariat, Fixtures.PASSWORD, () -> convening.convene(meetingId, fixtures.version(meetingId)));
        deliver();

        assertThat(sent).isEqualTo(2);
        MimeMessage french = only(fixtures.email(marie));
        assertThat(french.getSubject()).startsWith("Convocation : ");
        assertThat(MailServer.text(french))
                .contains(
                        "Bonjour Marie Lefort",
                        "Ordre du jour",
                        "Ouverture",
                        "Discussion générale",
                        "invitation/answer.xhtml?token=" + fixtures.answerToken(meetingId, marie),
                        "(heure de Paris)");
        MimeMessage english = only(fixtures.email(john));
        assertThat(english.getSubject()).startsWith("Notice of meeting: ");
        assertThat(MailServer.text(english)).contains("Hello John Smith", "Agenda", "(Paris time)");

        Calendar calendar = MailServer.calendar(french);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        VEvent event = calendar.<VEvent>getComponents().get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(fixtures.calendarUid(meetingId));
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("0");
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start());
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Salle 1");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                .isEqualToIgnoringCase("mailto:" + fixtures.email(marie));
    }

    @Test
    void aRefusedConveningSendsNothing() throws Exception {
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> convening.convene(meetingId, fixtures.version(meetingId)));

        assertThatThrownBy(() -> AsUser.call(
                        secretariat,
                        Fixtures.PASSWORD,
                        () -> convening.convene(meetingId, fixtures.version(meetingId))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("cannot become");
        Long nobodyInvited = fixtures.meeting(Fixtures.unique("Sans invités"));
        assertThatThrownBy(() -> AsUser.call(
                        secretariat,
                        Fixtures.PASSWORD,
                        () -> convening.convene(nobodyInvited, fixtures.version(nobodyInvited))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.meeting.convene.noInvitees"));

        assertThat(fixtures.outboxStates(fixtures.email(marie))).hasSize(1);
        deliver();
        assertThat(MailServer.to(server, fixtures.email(marie))).hasSize(1);
    }

    @Test
    void postponingSendsTheNewDateWithAHigherSequenceAndCancellingSendsACancel() throws Exception {
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> convening.convene(meetingId, fixtures.version(meetingId)));
        Instant newStart = start().plus(Duration.ofDays(7));
        AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> convening.postpone(
                        meetingId, fixtures.version(meetingId), newStart, newStart.plus(Duration.ofHours(2))));
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> convening.cancel(meetingId, fixtures.version(meetingId)));
        deliver();

        List<MimeMessage> mails = MailServer.to(server, fixtures.email(john));
        assertThat(mails)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder(
                        subject("Notice of meeting: "), subject("Postponed: "), subject("Cancelled: "));
        VEvent postponed = event(mails, "Postponed: ");
        assertThat(postponed.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("1");
        assertThat(Instant.from(postponed.getStartDate().orElseThrow().getDate()))
                .isEqualTo(newStart.truncatedTo(ChronoUnit.SECONDS));
        Calendar cancelled = calendar(mails, "Cancelled: ");
        assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        assertThat(cancelled
                        .<VEvent>getComponents()
                        .get(0)
                        .getProperty(Property.SEQUENCE)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("2");
        assertThat(cancelled
                        .<VEvent>getComponents()
                        .get(0)
                        .getProperty(Property.UID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo(fixtures.calendarUid(meetingId));
    }

    @Test
    void anAnswerLinkAnswersItsOwnInvitationOnly() throws Exception {
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> convening.convene(meetingId, fixtures.version(meetingId)));
        String token = fixtures.answerToken(meetingId, marie);

        answers.answer(token, InvitationResponse.ACCEPTED);

        assertThat(fixtures.response(meetingId, marie)).isEqualTo(InvitationResponse.ACCEPTED);
        assertThat(fixtures.response(meetingId, john)).isEqualTo(InvitationResponse.PENDING);
        assertThat(answers.byToken(token).getInviteeName()).isEqualTo("Marie Lefort");
        assertThatThrownBy(() -> answers.answer(token + "x", InvitationResponse.DECLINED))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> answers.substitute(token, john))
                .as("a substitute comes from the same organisation")
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.invitation.substituteOrganisation"));
        assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> convening
                        .responses(meetingId)
                        .getAccepted()))
                .isEqualTo(1);
    }

    @Test
    void aSubstituteIsInvitedAndGetsTheirOwnNotice() throws Exception {
        Long colleague = fixtures.person("Claude", "Collègue", association, Language.FR);
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> convening.convene(meetingId, fixtures.version(meetingId)));

        answers.substitute(fixtures.answerToken(meetingId, marie), colleague);
        deliver();

        assertThat(fixtures.response(meetingId, marie)).isEqualTo(InvitationResponse.SUBSTITUTED);
        assertThat(fixtures.response(meetingId, colleague)).isEqualTo(InvitationResponse.PENDING);
        MimeMessage notice = only(fixtures.email(colleague));
        assertThat(MailServer.text(notice)).contains("Marie Lefort vous a désigné(e)");
        assertThat(MailServer.calendar(notice)
                        .<VEvent>getComponents()
                        .get(0)
                        .getProperty(Property.UID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo(fixtures.calendarUid(meetingId));
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotAnswered() throws Exception {
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> convening.convene(meetingId, fixtures.version(meetingId)));
        answers.answer(fixtures.answerToken(meetingId, marie), InvitationResponse.DECLINED);

        int reminded = AsUser.call(
                secretariat, Fixtures.PASSWORD, () -> convening.remind(meetingId, fixtures.version(meetingId)));

        assertThat(reminded).isEqualTo(1);
        assertThat(fixtures.outboxStates(fixtures.email(marie))).hasSize(1);
        assertThat(fixtures.outboxStates(fixtures.email(john)))
                .as("the notice and the reminder")
                .hasSize(2);
    }

    private Instant start() {
        return Instant.from(AsUser.callUnchecked(
                        secretariat, () -> meetings.details(meetingId).getStartsAt()))
                .truncatedTo(ChronoUnit.SECONDS);
    }

    private String subject(String prefix) {
        return prefix
                + AsUser.callUnchecked(
                        secretariat, () -> meetings.details(meetingId).getTitle());
    }

    private void deliver() {
        delivery.deliverDue(Instant.now().plus(Duration.ofDays(1)));
    }

    private MimeMessage only(String address) {
        List<MimeMessage> received = MailServer.to(server, address);
        assertThat(received).as("mails to " + address).hasSize(1);
        return received.get(0);
    }

    private static Calendar calendar(List<MimeMessage> mails, String prefix) throws Exception {
        for (MimeMessage mail : mails) {
            if (mail.getSubject().startsWith(prefix)) {
                return MailServer.calendar(mail);
            }
        }
        throw new AssertionError("no mail " + prefix);
    }

    private static VEvent event(List<MimeMessage> mails, String prefix) throws Exception {
        return calendar(mails, prefix).<VEvent>getComponents().get(0);
    }
}
