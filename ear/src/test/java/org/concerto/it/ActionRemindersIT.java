package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import javax.naming.InitialContext;
import org.concerto.action.ActionForm;
import org.concerto.action.ActionReminders;
import org.concerto.action.ActionService;
import org.concerto.participant.Language;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.Role;
import org.concerto.shared.Zones;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The reminder job mails each owner once per action and reason: run twice the same morning, or again
 * by a fresh lookup of the job (as after a restart) the next day, the outbox holds one mail per reason.
 */
@ExtendWith(ArquillianExtension.class)
class ActionRemindersIT {

    @Inject
    Fixtures fixtures;

    @Inject
    ActionService actions;

    @Inject
    ActionReminders reminders;

    private static Clock morning(LocalDate day) {
        return Clock.fixed(ZonedDateTime.of(day.atTime(7, 0), Zones.DEFAULT).toInstant(), Zones.DEFAULT);
    }

    @Test
    void eachReminderIsMailedOnceEvenWhenTheJobRunsAgainAfterARestart() throws Exception {
        Long organisation = fixtures.organisation(StakeholderCategory.MANUFACTURER);
        Long soonOwner = fixtures.person("Thomas", "Bientôt", organisation, Language.EN);
        Long lateOwner = fixtures.person("Laura", "Retard", organisation);
        SecurityIdentity secretariat = AsUser.login(
                fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT), Fixtures.PASSWORD);
        Long meetingId = fixtures.meeting(Fixtures.unique("Rappels"), soonOwner, lateOwner);
        LocalDate today = LocalDate.now(Zones.DEFAULT);
        record(secretariat, meetingId, "Envoyer le rapport trimestriel", soonOwner, today.plusDays(3));
        record(secretariat, meetingId, "Transmettre la liste des centres", lateOwner, today.minusDays(1));
        record(secretariat, meetingId, "Préparer la réunion d'automne", lateOwner, today.plusDays(60));

        reminders.remind(morning(today));
        reminders.remind(morning(today));
        ActionReminders afterRestart =
                (ActionReminders) new InitialContext().lookup("java:app/concerto-ejb/ActionReminders");
        afterRestart.remind(morning(today.plusDays(1)));

        assertThat(fixtures.outboxSubjects(fixtures.email(soonOwner)))
                .singleElement()
                .asString()
                .startsWith("Reminder: action due soon");
        assertThat(fixtures.outboxSubjects(fixtures.email(lateOwner)))
                .singleElement()
                .asString()
                .startsWith("Action en retard");

        // The day after its due date the first action is overdue: that is a new reason, mailed once too.
        reminders.remind(morning(today.plusDays(4)));
        reminders.remind(morning(today.plusDays(5)));
        assertThat(fixtures.outboxSubjects(fixtures.email(soonOwner)))
                .hasSize(2)
                .last()
                .asString()
                .startsWith("Action overdue");
        assertThat(fixtures.outboxSubjects(fixtures.email(lateOwner))).hasSize(1);
    }

    private void record(SecurityIdentity secretariat, Long meetingId, String what, Long ownerId, LocalDate due)
            throws Exception {
        ActionForm form = new ActionForm();
        form.setDescription(what);
        form.setOwnerPersonId(ownerId);
        form.setDueDate(due);
        AsUser.call(secretariat, () -> actions.record(meetingId, form));
    }
}
