package org.concerto.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfName;
import java.time.ZonedDateTime;
import org.concerto.meeting.MeetingRole;
import org.concerto.participant.Language;
import org.junit.jupiter.api.Test;

class NoticePdfTest {

    private static final String NNBSP = "\u202F";
    private static final String ANSWER_URL = "https://concerto.example.org/concerto/meeting/view.xhtml?id=42";

    private static byte[] render(Addressee addressee) {
        return NoticePdf.render(
                Pdfs.foundingMeeting(false),
                Pdfs.lines(Pdfs.agenda()),
                addressee,
                ANSWER_URL,
                ZonedDateTime.parse("2019-08-20T10:00+02:00[Europe/Paris]").toInstant());
    }

    @Test
    void aFrenchInviteeReceivesAFrenchLetterAddressedToThemWithTheAgendaAndHowToAnswer() {
        byte[] pdf = render(new Addressee(
                7L,
                "Marie-Thérèse Lambert",
                "Présidente",
                "Association des porteurs de pompes implantables (AVPI)",
                MeetingRole.PARTICIPANT,
                Language.FR.locale()));
        String text = Pdfs.text(pdf);

        assertThat(text)
                .contains("Convocation")
                .contains(
                        "Marie-Thérèse Lambert", "Présidente", "Association des porteurs de pompes implantables (AVPI)")
                .contains("Le 20 août 2019")
                .contains("Objet" + NNBSP + ": Arrêt de fabrication")
                .contains("Madame, Monsieur,")
                .contains("en qualité de participant(e), à la réunion «" + NNBSP + "Arrêt de fabrication")
                .contains("jeudi 12 septembre 2019")
                .contains("Accueil et objectifs de la réunion")
                .contains("Votre réponse")
                .contains(ANSWER_URL)
                .contains("page 1 sur ");
        Pdfs.read(pdf, document -> {
            assertThat(document.getCatalog()
                            .getPdfObject()
                            .getAsString(PdfName.Lang)
                            .toUnicodeString())
                    .isEqualTo("fr");
            assertThat(document.getDocumentInfo().getTitle())
                    .contains("Convocation")
                    .contains("Marie-Thérèse Lambert");
            return null;
        });
        assertThat(Pdfs.fonts(pdf)).allMatch(font -> font.endsWith(" embedded"));
    }

    @Test
    void anInviteeWhoPrefersEnglishReceivesItInEnglish() {
        byte[] pdf = render(new Addressee(
                8L,
                "Thomas Bernard",
                "Regulatory affairs",
                "Medtronic France",
                MeetingRole.EXPERT,
                Language.EN.locale()));
        String text = Pdfs.text(pdf);

        assertThat(text)
                .contains(
                        "Notice of meeting",
                        "Thomas Bernard",
                        "Medtronic France",
                        "20 August 2019",
                        "Dear Sir or Madam",
                        "as expert, in the meeting",
                        "Thursday, 12 September 2019",
                        "Your answer",
                        ANSWER_URL,
                        "page 1 of ")
                .doesNotContain("Convocation")
                .doesNotContain(NNBSP);
        Pdfs.read(pdf, document -> {
            assertThat(document.getCatalog()
                            .getPdfObject()
                            .getAsString(PdfName.Lang)
                            .toUnicodeString())
                    .isEqualTo("en");
            return null;
        });
    }
}
