package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.concerto.action.ActionForm;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionService;
import org.concerto.agenda.AgendaItemDraft;
import org.concerto.agenda.AgendaService;
import org.concerto.contribution.Visibility;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.minutes.CommentResolution;
import org.concerto.minutes.CommentRow;
import org.concerto.minutes.MinutesService;
import org.concerto.minutes.SectionText;
import org.concerto.minutes.SectionView;
import org.concerto.participant.Person;
import org.concerto.participant.StakeholderCategory;
import org.concerto.privacy.PrivacyService;
import org.concerto.privacy.RetentionCounts;
import org.concerto.privacy.RetentionPurge;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * A person's rights over their data: the export holds their data and no one else's; anonymisation forgets
 * who they are and how to reach them but keeps the records; the retention schedule does the same for those
 * whose last meeting is long past; and none of it changes a stored document by a single byte.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    @Inject
    Fixtures fixtures;

    @Inject
    PrivacyService privacy;

    @Inject
    RetentionPurge retention;

    @Inject
    AgendaService agenda;

    @Inject
    MinutesService minutes;

    @Inject
    ActionService actions;

    private SecurityIdentity secretariat;

    @BeforeEach
    void secretariat() throws Exception {
        secretariat = AsUser.login(
                fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT), Fixtures.PASSWORD);
    }

    @Test
    void theExportHoldsThePersonsDataAndNothingOfOtherPeople() throws Exception {
        String aliceName = Fixtures.unique("Alice");
        String brunoName = Fixtures.unique("Bruno");
        Long alice = fixtures.person(aliceName, "Export", null);
        Long bruno = fixtures.person(brunoName, "Voisin", null);
        String aliceLogin = fixtures.account(alice, Role.PARTICIPANT);
        String meetingTitle = Fixtures.unique("Réunion exportée");
        fixtures.meeting(meetingTitle, alice, bruno);
        fixtures.declaredInterest(alice, "Laboratoire Alpha", "Conseil scientifique 2020");
        fixtures.declaredInterest(bruno, "Laboratoire Bêta", "Secret de Bruno");
        fixtures.mail(fixtures.email(alice), "Message pour Alice");
        fixtures.mail(fixtures.email(bruno), "Message pour Bruno");

        String json = new String(
                AsUser.call(aliceLogin, Fixtures.PASSWORD, () -> privacy.exportJson(alice)), StandardCharsets.UTF_8);

        assertThat(json)
                .contains(
                        aliceName,
                        fixtures.email(alice),
                        aliceLogin,
                        meetingTitle,
                        "Laboratoire Alpha",
                        "Conseil scientifique 2020",
                        "Message pour Alice",
                        "\"invitations\"",
                        "\"declaredInterests\"");
        assertThat(json)
                .doesNotContain(
                        brunoName, fixtures.email(bruno), "Laboratoire Bêta", "Secret de Bruno", "Message pour Bruno");

        byte[] pdf = AsUser.call(aliceLogin, Fixtures.PASSWORD, () -> privacy.exportPdf(alice, Locale.FRENCH)
                .getContent());
        String text = text(pdf);
        assertThat(text)
                .contains(
                        "Données personnelles détenues par Concerto",
                        aliceName,
                        "Laboratoire Alpha",
                        "Invitations et présence");
        assertThat(text).doesNotContain(brunoName, "Laboratoire Bêta");

        assertThatThrownBy(() -> AsUser.call(aliceLogin, Fixtures.PASSWORD, () -> privacy.exportJson(bruno)))
                .as("a participant asking for someone else's data")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(new String(AsUser.call(secretariat, () -> privacy.exportJson(bruno)), StandardCharsets.UTF_8))
                .as("the secretariat exports anyone's data")
                .contains(brunoName)
                .doesNotContain(aliceName);
    }

    @Test
    void anonymisationForgetsTheContactDetailsKeepsTheRecordsAndEveryStoredDocument() throws Exception {
        String name = Fixtures.unique("Claude");
        Long person = fixtures.person(name, "Anonyme-bientôt", null);
        String login = fixtures.account(person, Role.PARTICIPANT);
        String email = fixtures.email(person);
        Long meeting = fixtures.meeting(Fixtures.unique("Réunion conservée"), person);
        AgendaItemDraft item = new AgendaItemDraft();
        item.setTitle("Rapport");
        item.setKind(AgendaItemKind.INFORMATION);
        item.setPlannedMinutes(10);
        long itemId = AsUser.call(secretariat, () -> agenda.add(meeting, item));
        AsUser.call(
                secretariat,
                () -> agenda.attach(meeting, itemId, "rapport-" + name + ".pdf", new ByteArrayInputStream(pdf())));
        fixtures.declaredInterest(person, "Laboratoire Gamma", "Étude clinique");
        fixtures.mail(email, "Convocation de Claude");
        KeptDocuments before = KeptDocuments.snapshot();

        long version = fixtures.personNow(person).getVersion();
        AsUser.call(secretariat, () -> {
            privacy.anonymise(person, version);
            return null;
        });

        Person now = fixtures.personNow(person);
        assertThat(now.getDisplayName())
                .isEqualTo(Person.ANONYMOUS_FIRST_NAME + " #" + person)
                .doesNotContain(name);
        assertThat(now.getEmail()).doesNotContain(email).endsWith(".invalid");
        assertThat(now.getJobTitle()).isNull();
        assertThat(fixtures.accountEnabled(login)).as("their account is closed").isFalse();
        assertThat(fixtures.mailsTo(email)).as("mails to the old address").isZero();
        assertThat(fixtures.invitations(person)).as("the invitation is kept").isEqualTo(1);
        assertThat(fixtures.declaredInterests(person))
                .as("the declaration is kept")
                .isEqualTo(1);
        assertThat(KeptDocuments.snapshot().fingerprints())
                .as("stored documents, byte for byte")
                .containsAllEntriesOf(before.fingerprints());
        assertThat(new String(AsUser.call(secretariat, () -> privacy.exportJson(person)), StandardCharsets.UTF_8))
                .doesNotContain(name, email)
                .contains("Laboratoire Gamma");

        long again = fixtures.personNow(person).getVersion();
        assertThatThrownBy(() -> AsUser.call(secretariat, () -> {
                    privacy.anonymise(person, again);
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.privacy.alreadyAnonymised");
    }

    @Test
    void regulatorStaffAreNeverAnonymisedAndParticipantsCannotAnonymise() throws Exception {
        Long staff = fixtures.person("Régine", "Agent", null);
        fixtures.account(staff, Role.SECRETARIAT);
        long version = fixtures.personNow(staff).getVersion();
        assertThatThrownBy(() -> AsUser.call(secretariat, () -> {
                    privacy.anonymise(staff, version);
                    return null;
                }))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.privacy.staff");

        Long other = fixtures.person("Paul", "Participant", null);
        String participant = fixtures.account(other, Role.PARTICIPANT);
        Long target = fixtures.person("Tina", "Cible", null);
        long targetVersion = fixtures.personNow(target).getVersion();
        assertThatThrownBy(() -> AsUser.call(participant, Fixtures.PASSWORD, () -> {
                    privacy.anonymise(target, targetVersion);
                    return null;
                }))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThat(fixtures.personNow(target).isAnonymised()).isFalse();
    }

    @Test
    void theRetentionScheduleAnonymisesThoseWhoseLastMeetingIsLongPastAndDeletesOldMails() throws Exception {
        String oldName = Fixtures.unique("Odile");
        Long old = fixtures.person(oldName, "Ancienne", null);
        Long recent = fixtures.person(Fixtures.unique("Rémi"), "Récent", null);
        fixtures.pastMeeting(Fixtures.unique("Réunion de 2019"), 6, old, recent);
        fixtures.meeting(Fixtures.unique("Réunion à venir"), recent);
        String oldMailTo = fixtures.email(recent);
        fixtures.oldMail(oldMailTo, "Message ancien", 200);
        fixtures.mail(oldMailTo, "Message récent");
        KeptDocuments before = KeptDocuments.snapshot();

        RetentionCounts dryRun = AsUser.call(secretariat, () -> retention.preview());
        assertThat(dryRun.getPeople()).isPositive();
        assertThat(dryRun.getMails()).isPositive();
        assertThat(fixtures.personNow(old).isAnonymised())
                .as("a dry run changes nothing")
                .isFalse();

        AsUser.call(secretariat, () -> retention.applyNow());

        assertThat(fixtures.personNow(old).isAnonymised()).isTrue();
        assertThat(fixtures.personNow(old).getDisplayName()).doesNotContain(oldName);
        assertThat(fixtures.personNow(recent).isAnonymised())
                .as("invited to a meeting to come")
                .isFalse();
        assertThat(fixtures.invitations(old)).isEqualTo(1);
        assertThat(fixtures.mailsTo(oldMailTo))
                .as("only the recent mail is left")
                .isEqualTo(1);
        assertThat(KeptDocuments.snapshot().fingerprints()).containsAllEntriesOf(before.fingerprints());
    }

    private static byte[] pdf() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(bytes))) {
            document.addNewPage();
        }
        return bytes.toByteArray();
    }

    @Test
    void
            theExportHoldsThePersonsContributionsActionsCommentsAndConsentAndAnonymisationLeavesTheApprovedMinutesAsIssued()
                    throws Exception {
        String name = Fixtures.unique("Léa");
        Long patient =
                fixtures.person(name, "Patiente", fixtures.organisation(StakeholderCategory.PATIENT_ASSOCIATION));
        String patientLogin = fixtures.account(patient, Role.PARTICIPANT);
        fixtures.consentToPublicName(patient, true);
        Long other = fixtures.person(Fixtures.unique("Omar"), "Autre", null);
        Long chair = fixtures.person("Hélène", "Présidente", fixtures.organisation(StakeholderCategory.REGULATOR));
        String chairLogin = fixtures.account(chair, Role.PARTICIPANT);
        Long meeting = fixtures.heldMeeting(Fixtures.unique("Réunion archivée"), chair, patient, other);
        fixtures.acceptedContribution(meeting, 1, patient, "Témoignage de " + name, Visibility.PUBLIC);
        fixtures.acceptedContribution(meeting, 1, other, "Contribution d'Omar", Visibility.PARTICIPANTS);
        ActionForm form = new ActionForm();
        form.setDescription("Recueillir les témoignages des patients");
        form.setOwnerPersonId(patient);
        form.setDueDate(LocalDate.of(2030, 6, 1));
        form.setPriority(ActionPriority.NORMAL);
        form.setAgendaItemId(fixtures.secondItem(meeting));
        AsUser.call(secretariat, () -> actions.record(meeting, form));
        AsUser.call(secretariat, () -> {
            minutes.start(meeting);
            return null;
        });
        SectionView section = AsUser.call(secretariat, () -> minutes.view(meeting))
                .getSections()
                .get(1);
        SectionText text = new SectionText();
        text.setSummary("Les patients ont témoigné.");
        AsUser.call(secretariat, () -> minutes.save(meeting, section.getId(), section.getVersion(), text));
        AsUser.call(secretariat, () -> minutes.openReview(meeting, Instant.now().plus(Duration.ofDays(7))));
        AsUser.call(patientLogin, Fixtures.PASSWORD, () -> {
            minutes.comment(meeting, section.getId(), "Merci de citer notre association.");
            return null;
        });
        CommentRow comment = AsUser.call(secretariat, () -> minutes.view(meeting))
                .getSections()
                .get(1)
                .getComments()
                .get(0);
        AsUser.call(secretariat, () -> {
            minutes.resolve(meeting, comment.getId(), comment.getVersion(), CommentResolution.TAKEN_INTO_ACCOUNT, null);
            return null;
        });
        AsUser.call(chairLogin, Fixtures.PASSWORD, () -> minutes.approve(meeting));
        AsUser.call(secretariat, () -> {
            minutes.publish(meeting);
            return null;
        });

        String json = new String(
                AsUser.call(patientLogin, Fixtures.PASSWORD, () -> privacy.exportJson(patient)),
                StandardCharsets.UTF_8);
        assertThat(json)
                .contains(
                        "\"publicNameConsent\": true",
                        "\"contributions\"",
                        "Témoignage de " + name,
                        "Recueillir les témoignages des patients",
                        "Merci de citer notre association.",
                        "TAKEN_INTO_ACCOUNT");
        assertThat(json).as("another participant's contribution").doesNotContain("Contribution d'Omar");

        byte[][] issued = fixtures.approvedMinutesPdfs(meeting);
        KeptDocuments before = KeptDocuments.snapshot()
                .with("minutes-" + meeting, () -> issued[0])
                .with("public-minutes-" + meeting, () -> issued[1]);
        long version = fixtures.personNow(patient).getVersion();
        AsUser.call(secretariat, () -> {
            privacy.anonymise(patient, version);
            return null;
        });

        byte[][] after = fixtures.approvedMinutesPdfs(meeting);
        KeptDocuments now = KeptDocuments.snapshot()
                .with("minutes-" + meeting, () -> after[0])
                .with("public-minutes-" + meeting, () -> after[1]);
        assertThat(now.fingerprints())
                .as("the approved minutes, byte for byte")
                .containsAllEntriesOf(before.fingerprints());
        byte[] downloaded = AsUser.call(secretariat, () -> minutes.pdf(meeting)).getContent();
        assertThat(downloaded).as("what is downloaded is what was issued").isEqualTo(issued[0]);
        assertThat(text(issued[1]).replaceAll("\\s+", " "))
                .as("the name as it was published")
                .contains(name + " Patiente");
        assertThat(fixtures.personNow(patient).getDisplayName()).doesNotContain(name);
    }

    private static String text(byte[] pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page)))
                        .append('\n');
            }
        }
        return text.toString();
    }
}
