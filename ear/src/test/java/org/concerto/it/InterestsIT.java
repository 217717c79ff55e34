package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.concerto.agenda.AgendaItemDraft;
import org.concerto.agenda.AgendaService;
import org.concerto.interest.ConflictRow;
import org.concerto.interest.DecisionOutcome;
import org.concerto.interest.InterestForm;
import org.concerto.interest.InterestNature;
import org.concerto.interest.InterestRow;
import org.concerto.interest.InterestService;
import org.concerto.interest.ItemConflicts;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.MeetingService;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Declarations of interests and the conflicts they raise, through the services, as each user would use them. */
@ExtendWith(ArquillianExtension.class)
class InterestsIT {

    @Inject
    Fixtures fixtures;

    @Inject
    InterestService interests;

    @Inject
    AgendaService agenda;

    @Inject
    MeetingService meetings;

    private String secretariat;
    private Long manufacturer;
    private Long expert;
    private String expertLogin;
    private Long colleague;
    private String colleagueLogin;
    private Long employee;

    @BeforeEach
    void people() {
        secretariat = fixtures.account(fixtures.person("Claire", "Secrétaire", null), Role.SECRETARIAT);
        manufacturer = fixtures.organisation(StakeholderCategory.MANUFACTURER);
        Long experts = fixtures.organisation(StakeholderCategory.EXPERT_GROUP);
        expert = fixtures.person("Anne", "Experte", experts);
        expertLogin = fixtures.account(expert, Role.PARTICIPANT);
        colleague = fixtures.person("Bruno", "Collègue", experts);
        colleagueLogin = fixtures.account(colleague, Role.PARTICIPANT);
        employee = fixtures.person("Thomas", "Salarié", manufacturer);
    }

    @Test
    void aParticipantRecordsTheirOwnDeclarationButNotSomeoneElses() throws Exception {
        long mine = AsUser.call(
                expertLogin, Fixtures.PASSWORD, () -> interests.save(expert, consultancyWith(manufacturer)));

        List<InterestRow> rows = AsUser.call(expertLogin, Fixtures.PASSWORD, () -> interests.declarations(expert));
        assertThat(rows).extracting(InterestRow::getId).containsExactly(mine);
        assertThat(rows.get(0).getNature()).isEqualTo(InterestNature.CONSULTANCY);

        assertThatThrownBy(() -> AsUser.call(
                        colleagueLogin, Fixtures.PASSWORD, () -> interests.save(expert, consultancyWith(manufacturer))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(colleagueLogin, Fixtures.PASSWORD, () -> interests.form(mine)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(colleagueLogin, Fixtures.PASSWORD, () -> interests.declarations(expert)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> interests.declarations(expert)))
                .hasSize(1);
    }

    @Test
    void aDeclarationThatEndsBeforeItStartsIsRefused() throws Exception {
        InterestForm backwards = consultancyWith(manufacturer);
        backwards.setEndsOn(backwards.getStartsOn().minusDays(1));

        assertThatThrownBy(() -> AsUser.call(expertLogin, Fixtures.PASSWORD, () -> interests.save(expert, backwards)))
                .hasMessageContaining("cannot end before it starts");
        assertThat(AsUser.call(expertLogin, Fixtures.PASSWORD, () -> interests.declarations(expert)))
                .isEmpty();
    }

    @Test
    void theSecretariatSeesTheFlagsOfAnItemConcerningTheOrganisationAndRecordsARecusal() throws Exception {
        AsUser.call(expertLogin, Fixtures.PASSWORD, () -> interests.save(expert, consultancyWith(manufacturer)));
        Long meeting = fixtures.meeting(Fixtures.unique("Comité"), expert, colleague, employee);
        long manufacturerItem = concernManufacturer(meeting);

        List<ItemConflicts> conflicts = AsUser.call(secretariat, Fixtures.PASSWORD, () -> interests.conflicts(meeting));
        assertThat(conflicts).extracting(ItemConflicts::getItemId).containsExactly(manufacturerItem);
        ConflictRow flaggedExpert = row(conflicts, expert);
        assertThat(flaggedExpert.getNature()).isEqualTo(InterestNature.CONSULTANCY);
        assertThat(flaggedExpert.getOutcome()).isNull();
        assertThat(row(conflicts, employee).isStructural()).isTrue();
        assertThat(conflicts.get(0).getRows())
                .extracting(ConflictRow::getPersonId)
                .doesNotContain(colleague);

        as(
                secretariat,
                () -> interests.decide(
                        meeting, manufacturerItem, expert, DecisionOutcome.RECUSED, "Consultante du fabricant", null));

        ConflictRow decided =
                row(AsUser.call(secretariat, Fixtures.PASSWORD, () -> interests.conflicts(meeting)), expert);
        assertThat(decided.getOutcome()).isEqualTo(DecisionOutcome.RECUSED);
        assertThat(decided.getComment()).isEqualTo("Consultante du fabricant");

        // Another invitee sees the recusal, not the declaration behind it.
        List<ItemConflicts> seenByColleague =
                AsUser.call(colleagueLogin, Fixtures.PASSWORD, () -> interests.conflicts(meeting));
        ConflictRow recusal = row(seenByColleague, expert);
        assertThat(recusal.isRecused()).isTrue();
        assertThat(recusal.getNature()).isNull();
        assertThat(recusal.getOrganisationName()).isNull();
        assertThat(recusal.getComment()).isNull();
        assertThat(seenByColleague.get(0).getRows())
                .extracting(ConflictRow::getPersonId)
                .containsExactly(expert);
    }

    @Test
    void aParticipantCannotRecordADecision() throws Exception {
        Long meeting = fixtures.meeting(Fixtures.unique("Comité"), expert, colleague, employee);
        long manufacturerItem = concernManufacturer(meeting);

        assertThatThrownBy(() -> as(
                        colleagueLogin,
                        () -> interests.decide(
                                meeting, manufacturerItem, employee, DecisionOutcome.RECUSED, null, null)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(row(AsUser.call(secretariat, Fixtures.PASSWORD, () -> interests.conflicts(meeting)), employee)
                        .getOutcome())
                .isNull();
    }

    @Test
    void aDecisionIsOnlyForSomeoneFlagged() throws Exception {
        Long meeting = fixtures.meeting(Fixtures.unique("Comité"), expert, colleague, employee);
        long manufacturerItem = concernManufacturer(meeting);

        assertThatThrownBy(() -> as(
                        secretariat,
                        () -> interests.decide(
                                meeting, manufacturerItem, colleague, DecisionOutcome.RECUSED, null, null)))
                .hasMessageContaining("no flagged tie");
    }

    /** The secretariat says, in the agenda editor's way, that the meeting's second item concerns the manufacturer. */
    private long concernManufacturer(Long meeting) throws Exception {
        List<AgendaRow> items = AsUser.call(
                secretariat, Fixtures.PASSWORD, () -> meetings.details(meeting).getAgenda());
        long itemId = items.get(1).getId();
        AgendaItemDraft draft = AsUser.call(secretariat, Fixtures.PASSWORD, () -> agenda.draft(meeting, itemId));
        draft.setConcernedOrganisationIds(List.of(manufacturer));
        as(secretariat, () -> agenda.update(meeting, draft));
        assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> agenda.draft(meeting, itemId))
                        .getConcernedOrganisationIds())
                .containsExactly(manufacturer);
        return itemId;
    }

    private static ConflictRow row(List<ItemConflicts> conflicts, Long personId) {
        return conflicts.stream()
                .flatMap(item -> item.getRows().stream())
                .filter(r -> r.getPersonId() == personId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("person " + personId + " not flagged"));
    }

    private static InterestForm consultancyWith(Long organisationId) {
        InterestForm form = new InterestForm();
        form.setOrganisationId(organisationId);
        form.setNature(InterestNature.CONSULTANCY);
        form.setDescription("Conseil sur un dispositif implantable");
        form.setStartsOn(LocalDate.now().minusYears(2));
        return form;
    }

    private static void as(String login, Runnable action) throws Exception {
        Callable<Void> call = () -> {
            action.run();
            return null;
        };
        AsUser.call(login, Fixtures.PASSWORD, call);
    }
}
