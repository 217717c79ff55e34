package org.concerto.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.concerto.action.ActionDocuments;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionRow;
import org.concerto.action.ActionStatus;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.InviteeGroup;
import org.concerto.meeting.InviteeRow;
import org.concerto.meeting.MeetingDocuments;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingRole;
import org.concerto.participant.Language;
import org.concerto.participant.StakeholderCategory;
import org.junit.jupiter.api.Test;

/**
 * Script and markup typed into any text a document prints (titles, places, descriptions, names, interests)
 * come out as the same characters on the page, and the document stays free of any active content.
 */
class InjectionInPdfTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    private static final String PDF_JS = "javascript:app.alert(1) /JS (app.alert(2))";

    private static final Instant START =
            ZonedDateTime.parse("2019-09-12T14:00+02:00[Europe/Paris]").toInstant();

    private static DocumentMeeting meeting() {
        return new DocumentMeeting(
                7L,
                "Autorité " + SCRIPT,
                "Titre " + SCRIPT,
                "Sujet " + IMAGE,
                "Objet " + PDF_JS,
                START,
                START.plusSeconds(3 * 3600),
                MeetingFormat.IN_PERSON,
                "Salle " + IMAGE,
                null,
                false);
    }

    private static List<AgendaLine> agenda() {
        return MeetingDocuments.lines(
                START,
                List.of(new AgendaRow(
                        1L,
                        0,
                        "Point " + SCRIPT,
                        "Description " + IMAGE,
                        AgendaItemKind.DISCUSSION,
                        "Prénom" + SCRIPT,
                        "Nom" + IMAGE,
                        "Organisation " + SCRIPT,
                        null,
                        30,
                        false)));
    }

    @Test
    void theAgendaPrintsMarkupLiterally() {
        byte[] pdf = AgendaPdf.render(meeting(), agenda(), Locale.FRENCH);
        assertPrintedLiterallyAndInert(
                pdf, "Titre " + SCRIPT, "Point " + SCRIPT, "Description " + IMAGE, "Salle " + IMAGE);
    }

    @Test
    void theNoticePrintsMarkupLiterally() {
        Addressee addressee = new Addressee(
                3L,
                "Alice " + SCRIPT,
                "Fonction " + IMAGE,
                "Association " + SCRIPT,
                MeetingRole.PARTICIPANT,
                Language.FR.locale());
        byte[] pdf = NoticePdf.render(
                meeting(),
                agenda(),
                addressee,
                "https://concerto.example/answer?t=abc",
                START.minusSeconds(86400 * 20));
        assertPrintedLiterallyAndInert(pdf, "Alice " + SCRIPT, "Titre " + SCRIPT, "Point " + SCRIPT);
    }

    @Test
    void theAttendanceSheetPrintsMarkupLiterally() {
        InviteeRow invitee = new InviteeRow(
                4L,
                "Bob" + SCRIPT,
                "Nom" + IMAGE,
                "Fonction " + SCRIPT,
                "Laboratoire " + IMAGE,
                StakeholderCategory.MANUFACTURER,
                MeetingRole.PARTICIPANT);
        byte[] pdf = AttendanceSheetPdf.render(
                meeting(),
                MeetingDocuments.sheet(List.of(
                        new InviteeGroup("Laboratoire " + IMAGE, StakeholderCategory.MANUFACTURER, List.of(invitee)))));
        assertPrintedLiterallyAndInert(pdf, "Laboratoire " + IMAGE, "Fonction " + SCRIPT);
    }

    @Test
    void thePersonalDataExportPrintsMarkupLiterally() {
        PersonalData data = new PersonalData(
                5L,
                "Claude " + SCRIPT,
                START,
                "Autorité",
                List.of(
                        new DataSection(
                                "identity",
                                List.of(new DataRecord()
                                        .with("firstName", "Claude " + SCRIPT)
                                        .with("jobTitle", IMAGE))),
                        new DataSection(
                                "declaredInterests",
                                List.of(new DataRecord()
                                        .with("party", "Labo " + PDF_JS)
                                        .with("description", SCRIPT))),
                        new DataSection("mails", List.of())));
        byte[] pdf = PersonalDataPdf.render(data, Locale.ENGLISH).getContent();
        assertPrintedLiterallyAndInert(
                pdf, "Claude " + SCRIPT, "Labo " + PDF_JS, "Personal data held by Concerto", "No data.");
    }

    @Test
    void theActionListPrintsMarkupLiterally() {
        ActionRow row = new ActionRow(
                9L,
                "Action " + SCRIPT,
                LocalDate.of(2019, 10, 15),
                ActionPriority.HIGH,
                ActionStatus.OPEN,
                null,
                7L,
                "Titre " + SCRIPT,
                "Sujet " + IMAGE,
                START,
                false,
                1L,
                "Point " + IMAGE,
                4L,
                "Bob " + SCRIPT,
                "Nom " + PDF_JS,
                5L,
                "Laboratoire " + IMAGE,
                null);
        byte[] pdf = ActionListPdf.render(
                ActionDocuments.content(List.of(row), 1, "Sélection " + SCRIPT, "Autorité", START, Locale.FRENCH));
        assertPrintedLiterallyAndInert(pdf, "Action " + SCRIPT, "Titre " + SCRIPT, "Sélection " + SCRIPT);
    }

    private static void assertPrintedLiterallyAndInert(byte[] pdf, String... texts) {
        String text = Pdfs.text(pdf);
        for (String expected : texts) {
            assertThat(text).contains(expected);
        }
        assertThatCode(() -> {
                    Path file = Files.createTempFile("concerto-injection", ".pdf");
                    try {
                        Files.write(file, pdf);
                        new PdfInspection().requireSafe(file);
                    } finally {
                        Files.delete(file);
                    }
                })
                .as("no script, action or embedded file in the document")
                .doesNotThrowAnyException();
    }
}
