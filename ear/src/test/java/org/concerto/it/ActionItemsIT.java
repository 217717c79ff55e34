package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.concerto.action.ActionDetails;
import org.concerto.action.ActionEventKind;
import org.concerto.action.ActionForm;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionRow;
import org.concerto.action.ActionScope;
import org.concerto.action.ActionSearch;
import org.concerto.action.ActionService;
import org.concerto.action.ActionStatus;
import org.concerto.action.AgendaActions;
import org.concerto.action.HistoryRow;
import org.concerto.meeting.MeetingDraft;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingOption;
import org.concerto.meeting.PreparationService;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.concerto.shared.Zones;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Action items across a series of meetings: recorded in one meeting, still listed as open in the
 * follow-up until the secretariat confirms them done; who may read, report and close them.
 */
@ExtendWith(ArquillianExtension.class)
class ActionItemsIT {

    @Inject
    Fixtures fixtures;

    @Inject
    PreparationService preparation;

    @Inject
    ActionService actions;

    private SecurityIdentity secretariat;
    private SecurityIdentity contact;
    private SecurityIdentity colleague;
    private SecurityIdentity expert;
    private SecurityIdentity outsider;
    private Long contactId;
    private Long expertId;
    private Long meetingId;

    @BeforeEach
    void meetingWithAManufacturerAndAnExpert() throws Exception {
        Long manufacturer = fixtures.organisation(StakeholderCategory.MANUFACTURER);
        Long experts = fixtures.organisation(StakeholderCategory.EXPERT_GROUP);
        contactId = fixtures.person("Thomas", "Contact", manufacturer);
        Long colleagueId = fixtures.person("Laura", "Collègue", manufacturer);
        expertId = fixtures.person("Anne", "Experte", experts);
        secretariat = AsUser.login(
                fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT), Fixtures.PASSWORD);
        contact = AsUser.login(fixtures.account(contactId, Role.PARTICIPANT), Fixtures.PASSWORD);
        colleague = AsUser.login(fixtures.account(colleagueId, Role.PARTICIPANT), Fixtures.PASSWORD);
        expert = AsUser.login(fixtures.account(expertId, Role.PARTICIPANT), Fixtures.PASSWORD);
        outsider = AsUser.login(
                fixtures.account(fixtures.person("Olga", "Extérieure", null), Role.PARTICIPANT), Fixtures.PASSWORD);
        meetingId = fixtures.meeting(Fixtures.unique("Actions"), contactId, expertId);
    }

    private long record(String what, Long ownerId, boolean organisationOwned, LocalDate due) throws Exception {
        ActionForm form = new ActionForm();
        form.setDescription(what);
        form.setOwnerPersonId(ownerId);
        form.setOrganisationOwned(organisationOwned);
        form.setDueDate(due);
        form.setPriority(ActionPriority.HIGH);
        form.setAgendaItemId(fixtures.agendaItemId(meetingId, 1));
        return AsUser.call(secretariat, () -> actions.record(meetingId, form));
    }

    private long followUp() throws Exception {
        MeetingDraft draft = followUpDraft();
        return AsUser.call(secretariat, () -> preparation.followUp(meetingId, draft));
    }

    private static MeetingDraft followUpDraft() {
        MeetingDraft draft = new MeetingDraft();
        Instant start = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        draft.setStartsAt(start);
        draft.setEndsAt(start.plus(2, ChronoUnit.HOURS));
        draft.setFormat(MeetingFormat.IN_PERSON);
        draft.setVenue("Salle 2");
        return draft;
    }

    private long version(SecurityIdentity who, long actionId) throws Exception {
        return AsUser.call(who, () -> actions.details(actionId).getVersion());
    }

    private static List<String> descriptions(List<ActionRow> rows) {
        return rows.stream().map(ActionRow::getDescription).toList();
    }

    @Test
    void anActionStaysOpenInTheFollowUpUntilTheSecretariatConfirmsItDone() throws Exception {
        long supply = record(
                "Confirmer la fourniture des consommables",
                contactId,
                true,
                LocalDate.now(Zones.DEFAULT).plusDays(20));
        long protocol = record(
                "Établir le protocole de suivi",
                expertId,
                false,
                LocalDate.now(Zones.DEFAULT).plusDays(30));
        long next = followUp();

        assertThat(descriptions(AsUser.call(expert, () -> actions.openInSeries(next))))
                .containsExactly("Confirmer la fourniture des consommables", "Établir le protocole de suivi");

        AsUser.call(contact, () -> {
            actions.report(supply, version(contact, supply), ActionStatus.DONE, "Lettre signée le 3 mars");
            return null;
        });
        assertThat(descriptions(AsUser.call(secretariat, () -> actions.openInSeries(next))))
                .as("reported done, not yet confirmed")
                .contains("Confirmer la fourniture des consommables");

        AsUser.call(secretariat, () -> {
            actions.confirmDone(supply, version(secretariat, supply));
            return null;
        });
        assertThat(descriptions(AsUser.call(secretariat, () -> actions.openInSeries(next))))
                .containsExactly("Établir le protocole de suivi");

        long reviewId = AsUser.call(secretariat, () -> actions.addReviewItem(next));
        assertThat(fixtures.agendaItemId(next, 0)).isEqualTo(reviewId);
        assertThat(fixtures.agendaTitles(next).get(0)).isEqualTo("Revue des actions");
        assertThat(AsUser.call(secretariat, () -> actions.openInSeries(meetingId)))
                .as("nothing before the first meeting")
                .isEmpty();

        AsUser.call(secretariat, () -> {
            actions.cancel(protocol, version(secretariat, protocol), "Repris par le groupe de travail");
            return null;
        });
        assertThat(AsUser.call(secretariat, () -> actions.openInSeries(next))).isEmpty();
    }

    @Test
    void aMeetingCreatedOnItsOwnJoinsASeriesAndBringsItsOwnFollowUpsAlong() throws Exception {
        record(
                "Publier la liste des centres référents",
                contactId,
                true,
                LocalDate.now(Zones.DEFAULT).plusDays(15));
        String title = AsUser.call(
                secretariat, () -> preparation.meetingOption(meetingId).getTitle());
        Long separate = fixtures.meeting(Fixtures.unique("Réunion créée à part"), contactId);
        long separateFollowUp = AsUser.call(secretariat, () -> preparation.followUp(separate, followUpDraft()));

        assertThat(AsUser.call(
                        secretariat,
                        () -> preparation.seriesCandidates(separate, title.toUpperCase(java.util.Locale.ROOT))))
                .extracting(MeetingOption::getId)
                .containsExactly(meetingId);
        assertThat(AsUser.call(secretariat, () -> actions.openInSeries(separate)))
                .isEmpty();
        long stale = fixtures.version(separate);
        AsUser.call(secretariat, () -> {
            preparation.joinSeries(separate, fixtures.version(separate), meetingId);
            return null;
        });

        assertThat(descriptions(AsUser.call(contact, () -> actions.openInSeries(separate))))
                .containsExactly("Publier la liste des centres référents");
        assertThat(descriptions(AsUser.call(contact, () -> actions.openInSeries(separateFollowUp))))
                .as("the follow-up of the joining meeting came along")
                .containsExactly("Publier la liste des centres référents");
        assertThat(AsUser.call(secretariat, () -> preparation.series(meetingId)))
                .extracting(MeetingOption::getId)
                .containsExactlyInAnyOrder(separate, separateFollowUp);
        assertThat(AsUser.call(secretariat, () -> preparation.seriesCandidates(separate, title)))
                .as("already in the series")
                .isEmpty();
        assertThatThrownBy(() -> AsUser.call(secretariat, () -> {
                    preparation.joinSeries(separate, stale, meetingId);
                    return null;
                }))
                .as("the page was read before the change")
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.stale"));
        assertThatThrownBy(() -> AsUser.call(secretariat, () -> {
                    preparation.joinSeries(separate, fixtures.version(separate), separate);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.meeting.seriesSelf"));
        assertThatThrownBy(() -> AsUser.call(contact, () -> {
                    preparation.joinSeries(separate, fixtures.version(separate), meetingId);
                    return null;
                }))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    void theMinutesGetTheActionsByAgendaItem() throws Exception {
        record(
                "Confirmer la fourniture des consommables",
                contactId,
                true,
                LocalDate.now(Zones.DEFAULT).plusDays(20));

        List<AgendaActions> groups = AsUser.call(expert, () -> actions.byAgendaItem(meetingId));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).getNumber()).isEqualTo(2);
        assertThat(groups.get(0).getTitle()).isEqualTo("Discussion générale");
        assertThat(groups.get(0).getActions())
                .extracting(ActionRow::getOwnerLabel)
                .singleElement()
                .asString()
                .endsWith("Thomas Contact");
    }

    @Test
    void onlyTheOwnersReportAndOnlyTheSecretariatCloses() throws Exception {
        long supply = record(
                "Confirmer la fourniture des consommables",
                contactId,
                true,
                LocalDate.now(Zones.DEFAULT).plusDays(20));
        long protocol = record(
                "Établir le protocole de suivi",
                expertId,
                false,
                LocalDate.now(Zones.DEFAULT).plusDays(30));

        assertThatThrownBy(() -> AsUser.call(expert, () -> {
                    actions.report(supply, version(expert, supply), ActionStatus.IN_PROGRESS, "Pas le mien");
                    return null;
                }))
                .as("an owner from another organisation")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(contact, () -> {
                    actions.report(protocol, version(contact, protocol), ActionStatus.DONE, null);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        AsUser.call(colleague, () -> {
            actions.report(supply, version(colleague, supply), ActionStatus.IN_PROGRESS, "Le siège relit la lettre");
            return null;
        });
        assertThat(AsUser.call(colleague, () -> actions.details(supply))
                        .getAction()
                        .getStatus())
                .as("a colleague at the owning organisation, not invited")
                .isEqualTo(ActionStatus.IN_PROGRESS);
        assertThatThrownBy(() -> AsUser.call(colleague, () -> actions.details(protocol)))
                .as("nor invited nor owner")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(outsider, () -> actions.details(supply)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(expert, () -> actions.details(supply)).isReportable())
                .as("invited: reads, does not report")
                .isFalse();

        assertThatThrownBy(() -> AsUser.call(contact, () -> {
                    actions.confirmDone(supply, version(contact, supply));
                    return null;
                }))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> AsUser.call(contact, () -> {
                    actions.reopen(supply, version(contact, supply), "non");
                    return null;
                }))
                .isInstanceOf(EJBAccessException.class);
        long stale = version(contact, supply);
        AsUser.call(contact, () -> {
            actions.report(supply, stale, ActionStatus.DONE, null);
            return null;
        });
        assertThatThrownBy(() -> AsUser.call(colleague, () -> {
                    actions.report(supply, stale, ActionStatus.OPEN, "Page restée ouverte");
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.stale");
    }

    @Test
    void dashboardsShowEachOneTheirOwnAndWhatTheirMeetingsDecided() throws Exception {
        record(
                "Confirmer la fourniture des consommables",
                contactId,
                true,
                LocalDate.now(Zones.DEFAULT).minusDays(2));
        record(
                "Établir le protocole de suivi",
                expertId,
                false,
                LocalDate.now(Zones.DEFAULT).plusDays(30));
        ActionSearch mine = ActionSearch.mine();

        assertThat(descriptions(AsUser.call(colleague, () -> actions.search(mine, 0, 50))))
                .contains("Confirmer la fourniture des consommables")
                .doesNotContain("Établir le protocole de suivi");
        ActionSearch meeting = new ActionSearch();
        meeting.setMeetingId(meetingId);
        assertThat(AsUser.call(expert, () -> actions.count(meeting))).isEqualTo(2);
        assertThat(AsUser.call(outsider, () -> actions.count(meeting))).isZero();
        meeting.setScope(ActionScope.OVERDUE);
        List<ActionRow> overdue = AsUser.call(secretariat, () -> actions.search(meeting, 0, 10));
        assertThat(overdue).singleElement().satisfies(row -> {
            assertThat(row.isOverdue()).isTrue();
            assertThat(row.getDaysLate()).isEqualTo(2);
        });

        String csv = new String(
                AsUser.call(secretariat, () -> actions.csv(meeting, java.util.Locale.FRENCH)), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFRéunion;")
                .contains("Confirmer la fourniture des consommables")
                .doesNotContain("protocole");
    }

    @Test
    void everyChangeIsKeptWithWhoAndWhenAndEvidenceIsCheckedLikeEveryUploadAndServedToReaders() throws Exception {
        long supply = record(
                "Confirmer la fourniture des consommables",
                contactId,
                true,
                LocalDate.now(Zones.DEFAULT).plusDays(20));
        byte[] pdf = pdf();
        AsUser.call(
                contact, () -> actions.addEvidence(supply, "Lettre d'engagement.pdf", new ByteArrayInputStream(pdf)));
        long filesBefore = storedFiles();
        assertThatThrownBy(() -> AsUser.call(
                        contact,
                        () -> actions.addEvidence(
                                supply, "rapport.pdf", new ByteArrayInputStream(BadFiles.executable()))))
                .as("an executable renamed .pdf")
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.file.type");
        assertThatThrownBy(() -> AsUser.call(
                        contact,
                        () -> actions.addEvidence(
                                supply, "rapport.docx", new ByteArrayInputStream(BadFiles.docxZipBomb()))))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.file.zipBomb");
        assertThatThrownBy(() -> AsUser.call(
                        contact, () -> actions.addEvidence(supply, "../../rapport.pdf", new ByteArrayInputStream(pdf))))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.file.name");
        assertThat(storedFiles())
                .as("nothing of a refused evidence file stays on disk")
                .isEqualTo(filesBefore);
        AsUser.call(contact, () -> {
            actions.report(supply, version(contact, supply), ActionStatus.DONE, "Lettre jointe");
            return null;
        });
        AsUser.call(secretariat, () -> {
            actions.confirmDone(supply, version(secretariat, supply));
            return null;
        });
        AsUser.call(secretariat, () -> {
            actions.reopen(supply, version(secretariat, supply), "La lettre n'est pas signée");
            return null;
        });

        ActionDetails details = AsUser.call(expert, () -> actions.details(supply));
        assertThat(details.getHistory())
                .extracting(HistoryRow::getKind)
                .containsExactly(
                        ActionEventKind.REOPENED,
                        ActionEventKind.CONFIRMED,
                        ActionEventKind.STATUS,
                        ActionEventKind.EVIDENCE,
                        ActionEventKind.RECORDED);
        assertThat(details.getHistory().get(0).getNote()).isEqualTo("La lettre n'est pas signée");
        assertThat(details.getHistory().get(0).getByName()).isEqualTo("Sam Secrétariat");
        assertThat(details.getHistory().get(2).getByName()).isEqualTo("Thomas Contact");
        assertThat(details.getEvidence()).singleElement().extracting("fileName").isEqualTo("Lettre d'engagement.pdf");
        long evidenceId = details.getEvidence().get(0).getId();
        try (InputStream in =
                AsUser.call(expert, () -> actions.evidence(evidenceId)).getStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThatThrownBy(() -> AsUser.call(outsider, () -> actions.evidence(evidenceId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Every file in the store, half-received ones included. */
    private static long storedFiles() throws IOException {
        java.nio.file.Path root = Path.of(System.getenv("CONCERTO_DATA_DIR"), "files");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.count();
        }
    }

    private static byte[] pdf() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(bytes))) {
            document.addNewPage();
        }
        return bytes.toByteArray();
    }
}
