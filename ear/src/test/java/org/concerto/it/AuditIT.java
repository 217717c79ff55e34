package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.concerto.action.ActionForm;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionService;
import org.concerto.action.ActionStatus;
import org.concerto.agenda.AgendaItemDraft;
import org.concerto.agenda.AgendaService;
import org.concerto.audit.FieldChange;
import org.concerto.audit.HistoryEntry;
import org.concerto.audit.HistoryPage;
import org.concerto.audit.HistoryService;
import org.concerto.contribution.ContributionService;
import org.concerto.contribution.IncomingFile;
import org.concerto.contribution.SubmissionDraft;
import org.concerto.contribution.Visibility;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.MeetingDraft;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.PreparationService;
import org.concerto.shared.Role;
import org.concerto.shared.Zones;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail: each change to a meeting, its agenda and its invitations is recorded with the user who
 * made it, and the secretariat reads it as a history, field by field, a page at a time.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Inject
    Fixtures fixtures;

    @Inject
    PreparationService preparation;

    @Inject
    AgendaService agenda;

    @Inject
    HistoryService history;

    @Inject
    ContributionService contributions;

    @Inject
    ActionService actions;

    @Test
    void everyChangeIsInTheMeetingsHistoryWithWhoWhenAndTheFieldsBeforeAndAfter() throws Exception {
        String login = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
        String firstTitle = Fixtures.unique("Réunion d'origine");
        String secondTitle = Fixtures.unique("Réunion renommée");
        MeetingDraft draft = new MeetingDraft();
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        draft.setTitle(firstTitle);
        draft.setStartsAt(start);
        draft.setEndsAt(start.plus(2, ChronoUnit.HOURS));
        draft.setFormat(MeetingFormat.IN_PERSON);
        draft.setVenue("Salle 3");
        long meeting = AsUser.call(login, Fixtures.PASSWORD, () -> preparation.create(draft));
        AsUser.call(login, Fixtures.PASSWORD, () -> {
            MeetingDraft form = preparation.draft(meeting);
            form.setTitle(secondTitle);
            form.setVenue("Salle 7");
            preparation.revise(meeting, form);
            return null;
        });
        AgendaItemDraft item = new AgendaItemDraft();
        item.setTitle("Point audité");
        item.setKind(AgendaItemKind.DISCUSSION);
        item.setPlannedMinutes(30);
        long itemId = AsUser.call(login, Fixtures.PASSWORD, () -> agenda.add(meeting, item));
        Long invitee = fixtures.person("Iris", Fixtures.unique("Invitée"), null);
        AsUser.call(login, Fixtures.PASSWORD, () -> {
            preparation.invite(meeting, invitee, MeetingRole.EXPERT);
            return null;
        });

        HistoryPage page =
                AsUser.call(login, Fixtures.PASSWORD, () -> history.meeting(meeting, null, 0, 50, Locale.FRENCH));

        assertThat(page.getTotal()).isEqualTo(4);
        List<HistoryEntry> entries = page.getEntries();
        assertThat(entries).extracting(HistoryEntry::getLogin).containsOnly(login);
        assertThat(entries)
                .extracting(HistoryEntry::getRecordKind)
                .as("newest first")
                .containsExactly("Invitation", "Point de l'ordre du jour", "Réunion", "Réunion");
        HistoryEntry renamed = entries.get(2);
        assertThat(renamed.getChange()).isEqualTo("Modification");
        assertThat(renamed.getChanges())
                .extracting(FieldChange::getField, FieldChange::getBefore, FieldChange::getAfter)
                .containsExactlyInAnyOrder(
                        tuple("Titre", firstTitle, secondTitle), tuple("Lieu", "Salle 3", "Salle 7"));
        assertThat(entries.get(3).getChange()).isEqualTo("Création");
        assertThat(entries.get(0).getRecord()).contains("Iris");
        assertThat(entries.get(0).getChanges())
                .extracting(FieldChange::getField, FieldChange::getAfter)
                .contains(tuple("Rôle", "Expert(e)"), tuple("Réponse", "Sans réponse"));

        HistoryPage second =
                AsUser.call(login, Fixtures.PASSWORD, () -> history.meeting(meeting, null, 2, 2, Locale.ENGLISH));
        assertThat(second.getTotal()).isEqualTo(4);
        assertThat(second.getEntries()).extracting(HistoryEntry::getRecordKind).containsExactly("Meeting", "Meeting");

        HistoryPage ofItem =
                AsUser.call(login, Fixtures.PASSWORD, () -> history.meeting(meeting, itemId, 0, 50, Locale.FRENCH));
        assertThat(ofItem.getEntries()).extracting(HistoryEntry::getRecord).containsExactly("Point audité");
    }

    @Test
    void onlyTheSecretariatReadsAHistory() throws Exception {
        Long person = fixtures.person("Pia", "Participante", null);
        String participant = fixtures.account(person, Role.PARTICIPANT);
        Long meeting = fixtures.meeting(Fixtures.unique("Réunion"), person);

        assertThatThrownBy(() -> AsUser.call(
                        participant, Fixtures.PASSWORD, () -> history.meeting(meeting, null, 0, 20, Locale.FRENCH)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aContributionAndAnActionAreInTheMeetingsHistoryWithWhoChangedWhat() throws Exception {
        String secretariat = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
        Long authorId = fixtures.person("Pauline", Fixtures.unique("Patiente"), null);
        String author = fixtures.account(authorId, Role.PARTICIPANT);
        Long meeting = fixtures.convenedMeeting(Fixtures.unique("Réunion auditée"), 21, authorId);
        String title = Fixtures.unique("Position des patients");
        SubmissionDraft draft = new SubmissionDraft();
        draft.setTitle(title);
        draft.setVisibility(Visibility.PARTICIPANTS);
        draft.setStatementHtml("<p>Nos attentes</p>");
        draft.setNoInterests(true);
        long contribution = AsUser.call(
                author,
                Fixtures.PASSWORD,
                () -> contributions.submit(
                        meeting,
                        draft,
                        List.of(new IncomingFile("position.pdf", new ByteArrayInputStream(BadFiles.pdf(title))))));
        long shown = AsUser.call(secretariat, Fixtures.PASSWORD, () -> contributions.forReview(meeting)).stream()
                .filter(row -> row.getId() == contribution)
                .findFirst()
                .orElseThrow()
                .getVersion();
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            contributions.accept(contribution, shown, null);
            return null;
        });
        ActionForm form = new ActionForm();
        form.setDescription("Envoyer le questionnaire aux patients");
        form.setOwnerPersonId(authorId);
        form.setDueDate(LocalDate.now(Zones.DEFAULT).plusDays(30));
        form.setPriority(ActionPriority.NORMAL);
        long action = AsUser.call(secretariat, Fixtures.PASSWORD, () -> actions.record(meeting, form));
        long actionVersion = AsUser.call(
                author, Fixtures.PASSWORD, () -> actions.details(action).getVersion());
        AsUser.call(author, Fixtures.PASSWORD, () -> {
            actions.report(action, actionVersion, ActionStatus.IN_PROGRESS, "Questionnaire en relecture");
            return null;
        });

        List<HistoryEntry> entries = AsUser.call(
                        secretariat, Fixtures.PASSWORD, () -> history.meeting(meeting, null, 0, 100, Locale.FRENCH))
                .getEntries();

        assertThat(entries)
                .filteredOn(entry -> entry.getRecordKind().equals("Contribution"))
                .extracting(HistoryEntry::getChange, HistoryEntry::getLogin, HistoryEntry::getRecord)
                .as("newest first")
                .containsExactly(tuple("Modification", secretariat, title), tuple("Création", author, title));
        HistoryEntry accepted = entries.stream()
                .filter(entry -> entry.getRecordKind().equals("Contribution"))
                .findFirst()
                .orElseThrow();
        assertThat(accepted.getChanges())
                .extracting(FieldChange::getField, FieldChange::getBefore, FieldChange::getAfter)
                .contains(tuple("État", "En revue", "Acceptée"));
        assertThat(entries)
                .filteredOn(entry -> entry.getRecordKind().equals("Version d'une contribution"))
                .singleElement()
                .satisfies(version -> {
                    assertThat(version.getLogin()).isEqualTo(author);
                    assertThat(version.getRecord()).isEqualTo(title + " – 1");
                });
        assertThat(entries)
                .filteredOn(entry -> entry.getRecordKind().equals("Action"))
                .extracting(HistoryEntry::getChange, HistoryEntry::getLogin)
                .containsExactly(tuple("Modification", author), tuple("Création", secretariat));
        HistoryEntry progressed = entries.stream()
                .filter(entry -> entry.getRecordKind().equals("Action"))
                .findFirst()
                .orElseThrow();
        assertThat(progressed.getRecord()).isEqualTo("Envoyer le questionnaire aux patients");
        assertThat(progressed.getChanges())
                .extracting(FieldChange::getField, FieldChange::getBefore, FieldChange::getAfter)
                .containsExactly(tuple("État", "À faire", "En cours"));
    }
}
