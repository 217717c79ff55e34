package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concerto.action.ActionForm;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionService;
import org.concerto.contribution.Visibility;
import org.concerto.meeting.MeetingStatus;
import org.concerto.minutes.CommentResolution;
import org.concerto.minutes.CommentRow;
import org.concerto.minutes.MinutesService;
import org.concerto.minutes.MinutesView;
import org.concerto.minutes.PublicMinutesService;
import org.concerto.minutes.PublishedMeeting;
import org.concerto.minutes.SaveResult;
import org.concerto.minutes.SectionText;
import org.concerto.minutes.SectionView;
import org.concerto.minutes.Verification;
import org.concerto.participant.StakeholderCategory;
import org.concerto.pdf.Seal;
import org.concerto.pdf.SealKeystore;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The minutes through their services: drafting, concurrent edits, review, approval, seal, correction, publication. */
@ExtendWith(ArquillianExtension.class)
class MinutesIT {

    @Inject
    Fixtures fixtures;

    @Inject
    MinutesService minutes;

    @Inject
    PublicMinutesService published;

    @Inject
    ActionService actions;

    private String secretariat;
    private String otherSecretary;
    private String chairLogin;
    private Long patient;
    private String patientLogin;
    private String participantLogin;
    private Long participant;
    private Long meeting;

    @BeforeEach
    void heldMeeting() {
        secretariat = fixtures.account(fixtures.person("Claire", "Rédactrice", null), Role.SECRETARIAT);
        otherSecretary = fixtures.account(fixtures.person("Julien", "Relecteur", null), Role.SECRETARIAT);
        Long chair = fixtures.person("Hélène", "Présidente", fixtures.organisation(StakeholderCategory.REGULATOR));
        chairLogin = fixtures.account(chair, Role.PARTICIPANT);
        patient = fixtures.person(
                "Marie-Thérèse", "Patiente", fixtures.organisation(StakeholderCategory.PATIENT_ASSOCIATION));
        patientLogin = fixtures.account(patient, Role.PARTICIPANT);
        participant = fixtures.person("Thomas", "Fabricant", fixtures.organisation(StakeholderCategory.MANUFACTURER));
        participantLogin = fixtures.account(participant, Role.PARTICIPANT);
        meeting = fixtures.heldMeeting(Fixtures.unique("Réunion tenue"), chair, patient, participant);
    }

    private SectionView firstSection(String login) throws Exception {
        return AsUser.call(login, Fixtures.PASSWORD, () -> minutes.view(meeting))
                .getSections()
                .get(0);
    }

    private static SectionText text(String summary) {
        SectionText text = new SectionText();
        text.setSummary(summary);
        return text;
    }

    @Test
    void theWholeRoundDraftReviewCommentResolveApproveSealPublish() throws Exception {
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            minutes.start(meeting);
            return null;
        });
        SectionView section = firstSection(secretariat);
        SectionText text = text("Synthèse rédigée par le secrétariat.");
        text.setDecision("Décision : poursuivre les échanges.");
        text.addPosition();
        text.getPositions().get(0).setOrganisation("Association des patients");
        text.getPositions().get(0).setStatement("Demande un engagement écrit.");
        SaveResult saved = AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> minutes.save(meeting, section.getId(), section.getVersion(), text));
        assertThat(saved.isSaved()).isTrue();

        // Invitees do not see a draft that has not been sent for review.
        assertThatThrownBy(() -> AsUser.call(patientLogin, Fixtures.PASSWORD, () -> minutes.pdf(meeting)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(patientLogin, Fixtures.PASSWORD, () -> minutes.view(meeting))
                        .getSections())
                .isEmpty();

        AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> minutes.openReview(meeting, Instant.now().plus(Duration.ofDays(7))));
        assertThat(fixtures.status(meeting)).isEqualTo(MeetingStatus.MINUTES_IN_REVIEW);
        assertThat(fixtures.outboxSubjects(fixtures.email(patient)))
                .anyMatch(s -> s.startsWith("Projet de compte rendu à relire"));
        assertThat(AsUser.call(patientLogin, Fixtures.PASSWORD, () -> minutes.pdf(meeting))
                        .getContent())
                .isNotEmpty();

        AsUser.call(patientLogin, Fixtures.PASSWORD, () -> {
            minutes.comment(meeting, section.getId(), "Préciser la date de l'engagement.");
            return null;
        });
        assertThatThrownBy(() -> AsUser.call(chairLogin, Fixtures.PASSWORD, () -> minutes.approve(meeting)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("resolved");
        CommentRow comment = firstSection(secretariat).getComments().get(0);
        assertThat(comment.getAuthor()).isEqualTo("Marie-Thérèse Patiente");
        assertThatThrownBy(() -> AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
                    minutes.resolve(
                            meeting,
                            comment.getId(),
                            comment.getVersion(),
                            CommentResolution.NOT_TAKEN_INTO_ACCOUNT,
                            " ");
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("Say why");
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            minutes.resolve(
                    meeting,
                    comment.getId(),
                    comment.getVersion(),
                    CommentResolution.NOT_TAKEN_INTO_ACCOUNT,
                    "Date non connue à ce jour.");
            return null;
        });
        // A participant who is not the chair cannot approve; the chair can.
        assertThatThrownBy(() -> AsUser.call(participantLogin, Fixtures.PASSWORD, () -> minutes.approve(meeting)))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.call(chairLogin, Fixtures.PASSWORD, () -> minutes.approve(meeting));
        assertThat(fixtures.status(meeting)).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        assertThat(fixtures.outboxSubjects(fixtures.email(patient)))
                .anyMatch(s -> s.startsWith("Compte rendu approuvé"));

        byte[] approved = AsUser.call(participantLogin, Fixtures.PASSWORD, () -> minutes.pdf(meeting))
                .getContent();
        assertThat(Seal.verify(approved, SealKeystore.key().certificate()).valid())
                .isTrue();
        Verification check = published.verify(approved);
        assertThat(check.isAuthentic()).isTrue();
        assertThat(check.isPublicCopy()).isFalse();
        byte[] tampered = approved.clone();
        tampered[tampered.length / 3] ^= 0x20;
        assertThat(published.verify(tampered).isAuthentic()).isFalse();
        assertThat(published.verify("0".repeat(64)).isAuthentic()).isFalse();

        assertThat(published.published()).extracting(PublishedMeeting::getId).doesNotContain(meeting);
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            minutes.publish(meeting);
            return null;
        });
        assertThat(published.published()).extracting(PublishedMeeting::getId).contains(meeting);
        byte[] publicPdf = published.publicPdf(meeting).getContent();
        assertThat(published.verify(publicPdf).isPublicCopy()).isTrue();
        String publicText = new String(publicPdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(publicText).doesNotContain("Marie-Th");
    }

    @Test
    void approvedMinutesAreFrozenAndChangeOnlyByACorrectionWithItsReason() throws Exception {
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            minutes.start(meeting);
            minutes.openReview(meeting, Instant.now().plus(Duration.ofDays(3)));
            return minutes.approve(meeting);
        });
        SectionView section = firstSection(secretariat);

        assertThatThrownBy(() -> AsUser.call(
                        secretariat,
                        Fixtures.PASSWORD,
                        () -> minutes.save(
                                meeting, section.getId(), section.getVersion(), text("Réécriture après approbation."))))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.minutes.frozen");
        assertThatThrownBy(() -> AsUser.call(
                        secretariat,
                        Fixtures.PASSWORD,
                        () -> minutes.correct(meeting, section.getId(), section.getVersion(), text("Rectifié."), " ")))
                .isInstanceOf(BusinessException.class);
        int correction = AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> minutes.correct(
                        meeting,
                        section.getId(),
                        section.getVersion(),
                        text("Rectifié : erreur de date."),
                        "Erreur de date"));

        MinutesView view = AsUser.call(secretariat, Fixtures.PASSWORD, () -> minutes.view(meeting));
        assertThat(view.getVersions()).hasSize(3);
        assertThat(view.getVersions().get(0).getNumber()).isEqualTo(correction);
        assertThat(view.getVersions().get(0).getReason()).isEqualTo("Erreur de date");
        assertThat(view.getSections().get(0).getText().getSummary()).isEqualTo("Rectifié : erreur de date.");
        assertThat(AsUser.call(
                                secretariat,
                                Fixtures.PASSWORD,
                                () -> minutes.compare(meeting, correction - 1, correction))
                        .getRows()
                        .get(0)
                        .isChanged())
                .isTrue();
    }

    @Test
    void twoPeopleSavingTheSameSectionLoseNothing() throws Exception {
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            minutes.start(meeting);
            return null;
        });
        SectionView section = firstSection(secretariat);

        SaveResult first = AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> minutes.save(meeting, section.getId(), section.getVersion(), text("Texte de Claire.")));
        SaveResult second = AsUser.call(
                otherSecretary,
                Fixtures.PASSWORD,
                () -> minutes.save(meeting, section.getId(), section.getVersion(), text("Texte de Julien.")));

        assertThat(first.isSaved()).isTrue();
        assertThat(second.isConflict()).isTrue();
        assertThat(second.getOtherAuthor()).isEqualTo("Claire Rédactrice");
        SectionView now = firstSection(secretariat);
        assertThat(now.getText().getSummary()).isEqualTo("Texte de Claire.");
        assertThat(now.getConflicts()).extracting(c -> c.getSummary()).containsExactly("Texte de Julien.");
        assertThat(now.getConflicts().get(0).getAuthor()).isEqualTo("Julien Relecteur");
    }

    @Test
    void twoSavesAtTheSameInstantKeepBothTexts() throws Exception {
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            minutes.start(meeting);
            return null;
        });
        SectionView section = firstSection(secretariat);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<SaveResult> a = pool.submit(() -> {
                go.await();
                return AsUser.call(
                        secretariat,
                        Fixtures.PASSWORD,
                        () -> minutes.save(meeting, section.getId(), section.getVersion(), text("Version A")));
            });
            Future<SaveResult> b = pool.submit(() -> {
                go.await();
                return AsUser.call(
                        otherSecretary,
                        Fixtures.PASSWORD,
                        () -> minutes.save(meeting, section.getId(), section.getVersion(), text("Version B")));
            });
            go.countDown();
            List<SaveResult> results = List.of(a.get(), b.get());
            assertThat(results).filteredOn(SaveResult::isSaved).hasSize(1);
            assertThat(results).filteredOn(SaveResult::isConflict).hasSize(1);
        } finally {
            pool.shutdown();
        }
        SectionView now = firstSection(secretariat);
        List<String> texts = new java.util.ArrayList<>(
                now.getConflicts().stream().map(c -> c.getSummary()).toList());
        texts.add(now.getText().getSummary());
        assertThat(texts).containsExactlyInAnyOrder("Version A", "Version B");
    }

    @Test
    void theMinutesShowTheRecordedActionsAndTheAcceptedContributionsAndThePublicVersionOnlyWhatThePublicMayRead()
            throws Exception {
        fixtures.acceptedContribution(meeting, 1, patient, "Position publique des patients", Visibility.PUBLIC);
        fixtures.acceptedContribution(meeting, 1, patient, "Note aux seuls participants", Visibility.PARTICIPANTS);
        fixtures.acceptedContribution(meeting, 1, patient, "Données du secrétariat seul", Visibility.SECRETARIAT);
        ActionForm form = new ActionForm();
        form.setDescription("Garantir la fourniture des consommables");
        form.setOwnerPersonId(participant);
        form.setOrganisationOwned(true);
        form.setDueDate(LocalDate.of(2030, 10, 15));
        form.setPriority(ActionPriority.HIGH);
        form.setAgendaItemId(fixtures.secondItem(meeting));
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> actions.record(meeting, form));
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            minutes.start(meeting);
            return null;
        });
        SectionView second = AsUser.call(secretariat, Fixtures.PASSWORD, () -> minutes.view(meeting))
                .getSections()
                .get(1);
        SectionText text = text("Le fabricant s'engage.");
        text.setActionsDecided("Ligne notée à la main – Thomas Fabricant – 1/1/2030");
        AsUser.call(
                secretariat, Fixtures.PASSWORD, () -> minutes.save(meeting, second.getId(), second.getVersion(), text));
        AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> minutes.openReview(meeting, Instant.now().plus(Duration.ofDays(7))));
        AsUser.call(chairLogin, Fixtures.PASSWORD, () -> minutes.approve(meeting));
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            minutes.publish(meeting);
            return null;
        });

        String approved = pdfText(AsUser.call(participantLogin, Fixtures.PASSWORD, () -> minutes.pdf(meeting))
                .getContent());
        assertThat(approved)
                .contains(
                        "Garantir la fourniture des consommables",
                        "Thomas Fabricant",
                        "Position publique des patients",
                        "Note aux seuls participants");
        assertThat(approved)
                .as("the recorded action replaces the line typed for the same item")
                .doesNotContain("Ligne notée à la main");
        assertThat(approved).as("invitees do not read it").doesNotContain("Données du secrétariat seul");

        String open = pdfText(published.publicPdf(meeting).getContent());
        assertThat(open).contains("Garantir la fourniture des consommables", "Position publique des patients");
        assertThat(open).doesNotContain("Note aux seuls participants", "Données du secrétariat seul", "Marie-Th");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page)))
                        .append('\n');
            }
        }
        // Table cells wrap long texts: compare words, not line breaks.
        return text.toString().replaceAll("\\s+", " ");
    }
}
