package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concerto.agenda.AgendaItemDraft;
import org.concerto.agenda.AgendaService;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.InviteeGroup;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingDraft;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.MeetingSearch;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.PreparationService;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/** The secretariat prepares a meeting: every refusal leaves things as they were, and nobody else may. */
@ExtendWith(ArquillianExtension.class)
class PreparationIT {

    @Inject
    Fixtures fixtures;

    @Inject
    PreparationService preparation;

    @Inject
    AgendaService agenda;

    @Inject
    MeetingService meetings;

    private String secretariat;
    private String participant;
    private Long association;
    private Long first;
    private Long second;

    @BeforeEach
    void people() {
        secretariat = fixtures.account(fixtures.person("Claire", "Secrétaire", null), Role.SECRETARIAT);
        association = fixtures.organisation(StakeholderCategory.PATIENT_ASSOCIATION);
        first = fixtures.person("Aline", "Première", association);
        second = fixtures.person("Bruno", "Second", association);
        participant = fixtures.account(first, Role.PARTICIPANT);
    }

    @Test
    void aMeetingIsCreatedRevisedAndFoundInTheList() throws Exception {
        String title = Fixtures.unique("Comité de suivi");
        long id = as(secretariat, () -> preparation.create(draft(title, MeetingFormat.IN_PERSON, "Saint-Denis", null)));

        MeetingDraft form = as(secretariat, () -> preparation.draft(id));
        form.setPurpose("Faire le point sur les engagements");
        form.setFormat(MeetingFormat.HYBRID);
        form.setOnlineLink("https://visio.example.org/suivi");
        as(secretariat, () -> {
            preparation.revise(id, form);
            return null;
        });

        MeetingDetails details = as(secretariat, () -> meetings.details(id));
        assertThat(details.getPurpose()).isEqualTo("Faire le point sur les engagements");
        assertThat(details.getFormat()).isEqualTo(MeetingFormat.HYBRID);
        assertThat(details.getOnlineLink()).isEqualTo("https://visio.example.org/suivi");
        MeetingSearch search = new MeetingSearch();
        search.setText(title);
        assertThat(as(secretariat, () -> meetings.count(search))).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() throws Exception {
        String title = Fixtures.unique("Sans lien");
        assertThatThrownBy(
                        () -> as(secretariat, () -> preparation.create(draft(title, MeetingFormat.REMOTE, null, null))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("video conference link");
        MeetingDraft backwards = draft(title, MeetingFormat.IN_PERSON, "Salle 1", null);
        backwards.setEndsAt(backwards.getStartsAt().minus(1, ChronoUnit.HOURS));
        assertThatThrownBy(() -> as(secretariat, () -> preparation.create(backwards)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("end after it starts");

        MeetingSearch search = new MeetingSearch();
        search.setText(title);
        assertThat(as(secretariat, () -> meetings.count(search))).isZero();
    }

    @Test
    void aStaleFormIsRefusedAndTheOtherChangeIsKept() throws Exception {
        long id = as(
                secretariat,
                () -> preparation.create(
                        draft(Fixtures.unique("Concurrence"), MeetingFormat.IN_PERSON, "Salle 1", null)));
        MeetingDraft mine = as(secretariat, () -> preparation.draft(id));
        MeetingDraft theirs = as(secretariat, () -> preparation.draft(id));
        theirs.setSubject("Leur sujet");
        as(secretariat, () -> {
            preparation.revise(id, theirs);
            return null;
        });

        mine.setSubject("Mon sujet");
        assertThatThrownBy(() -> as(secretariat, () -> {
                    preparation.revise(id, mine);
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.stale");
        assertThat(as(secretariat, () -> meetings.details(id).getSubject())).isEqualTo("Leur sujet");
    }

    @Test
    void seatsPerOrganisationAreEnforcedAndAFullOrganisationInvitesNobody() throws Exception {
        MeetingDraft form = draft(Fixtures.unique("Places"), MeetingFormat.IN_PERSON, "Salle 1", null);
        form.setSeatsPerOrganisation(1);
        long id = as(secretariat, () -> preparation.create(form));

        assertThatThrownBy(() -> as(secretariat, () -> {
                    preparation.inviteAll(id, List.of(first, second), MeetingRole.PARTICIPANT);
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.invitation.seatsFull");
        assertThat(as(secretariat, () -> meetings.details(id).getInviteeCount()))
                .isZero();

        as(secretariat, () -> {
            preparation.invite(id, first, MeetingRole.EXPERT);
            return null;
        });
        assertThat(as(secretariat, () -> preparation.delegates(id, association)))
                .extracting(o -> o.getId())
                .containsExactly(second);
        assertThat(as(secretariat, () -> meetings.details(id).getInviteeGroups()))
                .flatExtracting(InviteeGroup::getInvitees)
                .extracting(i -> i.getRole())
                .containsExactly(MeetingRole.EXPERT);
    }

    @Test
    void theAgendaIsBuiltReorderedAndTimedFromTheStart() throws Exception {
        long id = as(
                secretariat,
                () -> preparation.create(draft(Fixtures.unique("Agenda"), MeetingFormat.IN_PERSON, "Salle 1", null)));
        long opening = as(secretariat, () -> agenda.add(id, item("Ouverture", 15)));
        as(secretariat, () -> agenda.add(id, item("Point du fabricant", 45)));
        long patients = as(secretariat, () -> agenda.add(id, item("Questions des patients", 30)));

        long version = as(secretariat, () -> meetings.details(id).getVersion());
        as(secretariat, () -> {
            agenda.move(id, version, patients, 0);
            return null;
        });
        assertThatThrownBy(() -> as(secretariat, () -> {
                    agenda.remove(id, version, opening);
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.stale");

        MeetingDetails details = as(secretariat, () -> meetings.details(id));
        assertThat(details.getAgenda())
                .extracting(AgendaRow::getTitle)
                .containsExactly("Questions des patients", "Ouverture", "Point du fabricant");
        assertThat(details.getAgenda().get(1).getStartsAt())
                .isEqualTo(details.getStartsAt().plus(Duration.ofMinutes(30)));
        assertThat(details.getAgendaOverrunMinutes()).isZero();
    }

    @Test
    void aFollowUpKeepsTheInviteesWithAFreshAgendaAndOnlyDraftsAreDeleted() throws Exception {
        long id = as(
                secretariat,
                () -> preparation.create(draft(Fixtures.unique("Origine"), MeetingFormat.IN_PERSON, "Salle 1", null)));
        as(secretariat, () -> {
            preparation.inviteAll(id, List.of(first, second), MeetingRole.PARTICIPANT);
            return agenda.add(id, item("Point unique", 20));
        });
        MeetingDraft dates = draft("ignored", MeetingFormat.IN_PERSON, null, null);
        dates.setStartsAt(dates.getStartsAt().plus(30, ChronoUnit.DAYS));
        dates.setEndsAt(dates.getEndsAt().plus(30, ChronoUnit.DAYS));

        long next = as(secretariat, () -> preparation.followUp(id, dates));

        MeetingDetails copy = as(secretariat, () -> meetings.details(next));
        assertThat(copy.getInviteeCount()).isEqualTo(2);
        assertThat(copy.getAgenda()).isEmpty();
        assertThat(copy.getStartsAt()).isEqualTo(dates.getStartsAt());

        long version = copy.getVersion();
        as(secretariat, () -> {
            preparation.delete(next, version);
            return null;
        });
        assertThatThrownBy(() -> as(secretariat, () -> meetings.details(next)))
                .isInstanceOf(org.concerto.shared.NotFoundException.class);
    }

    @Test
    void participantsCannotPrepareMeetings() throws Exception {
        long id = as(
                secretariat,
                () -> preparation.create(draft(Fixtures.unique("Réservé"), MeetingFormat.IN_PERSON, "Salle 1", null)));
        assertThatThrownBy(() -> as(
                        participant, () -> preparation.create(draft("Intrus", MeetingFormat.IN_PERSON, "Salle", null))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as(participant, () -> {
                    preparation.invite(id, first, MeetingRole.CHAIR);
                    return null;
                }))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as(participant, () -> agenda.add(id, item("Intrus", 10))))
                .isInstanceOf(EJBAccessException.class);
    }

    private static MeetingDraft draft(String title, MeetingFormat format, String venue, String link) {
        MeetingDraft draft = new MeetingDraft();
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        draft.setTitle(title);
        draft.setSubject("Pompe MiniMed 2007D");
        draft.setStartsAt(start);
        draft.setEndsAt(start.plus(3, ChronoUnit.HOURS));
        draft.setFormat(format);
        draft.setVenue(venue);
        draft.setOnlineLink(link);
        return draft;
    }

    private static AgendaItemDraft item(String title, int minutes) {
        AgendaItemDraft item = new AgendaItemDraft();
        item.setTitle(title);
        item.setKind(AgendaItemKind.DISCUSSION);
        item.setPlannedMinutes(minutes);
        return item;
    }

    /** Logs each user in once (bcrypt is slow on purpose), then runs as them. */
    private final Map<String, SecurityIdentity> identities = new HashMap<>();

    private <T> T as(String login, Callable<T> action) throws Exception {
        SecurityIdentity identity = identities.get(login);
        if (identity == null) {
            identity = AsUser.login(login, Fixtures.PASSWORD);
            identities.put(login, identity);
        }
        return AsUser.call(identity, action);
    }
}
