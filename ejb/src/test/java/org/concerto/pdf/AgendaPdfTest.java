package org.concerto.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.AgendaRow;
import org.junit.jupiter.api.Test;

class AgendaPdfTest {

    private static final String NNBSP = "\u202F";

    @Test
    void theFrenchAgendaSaysWhatWhenWhereAndWhoWithAccents() {
        String text =
                Pdfs.text(AgendaPdf.render(Pdfs.foundingMeeting(false), Pdfs.lines(Pdfs.agenda()), Locale.FRENCH));

        assertThat(text)
                .contains("Agence nationale de sécurité du médicament et des produits de santé")
                .contains("Ordre du jour")
                .contains("Arrêt de fabrication de la pompe implantable MiniMed 2007D (MIP)")
                .contains("jeudi 12 septembre 2019")
                .contains("143-147 boulevard Anatole France, Saint-Denis")
                .contains("Présentiel")
                .contains("Accueil et objectifs de la réunion")
                .contains("Hélène Lefèvre")
                .contains("Présenté par")
                .contains("Consultation")
                .contains("Confidentiel")
                .contains("page 1 sur 1");
    }

    @Test
    void itemTimesAreComputedFromTheMeetingStartInParisTime() {
        String text =
                Pdfs.text(AgendaPdf.render(Pdfs.foundingMeeting(false), Pdfs.lines(Pdfs.agenda()), Locale.FRENCH));

        // 14:00 + 10 min, + 20 min, + 30 min
        assertThat(text)
                .contains("14:00\u00A0–\u00A014:10")
                .contains("14:10\u00A0–\u00A014:30")
                .contains("14:30\u00A0–\u00A015:00")
                .contains("10\u00A0min")
                .contains("30\u00A0min");
    }

    @Test
    void frenchTextHasNarrowNoBreakSpacesBeforeHighPunctuationAndInsideGuillemets() {
        String text =
                Pdfs.text(AgendaPdf.render(Pdfs.foundingMeeting(false), Pdfs.lines(Pdfs.agenda()), Locale.FRENCH));

        assertThat(text)
                .contains("(MIP)" + NNBSP + ": réflexion partagée")
                .contains("Point de situation" + NNBSP + ": arrêt de fabrication")
                .contains("«" + NNBSP + "Confidentiel" + NNBSP + "»")
                .doesNotContain(" :");
    }

    @Test
    void theEnglishAgendaIsInEnglishWithBritishDates() {
        String text =
                Pdfs.text(AgendaPdf.render(Pdfs.foundingMeeting(false), Pdfs.lines(Pdfs.agenda()), Locale.ENGLISH));

        assertThat(text)
                .contains("Agenda")
                .contains("Thursday")
                .contains("12 September 2019")
                .contains("Presented by")
                .contains("Confidential")
                .contains("page 1 of 1")
                .doesNotContain("Ordre du jour")
                .doesNotContain(NNBSP);
    }

    @Test
    void theFontIsEmbeddedAndTheDocumentIsTaggedWithLanguageAndTitle() {
        byte[] pdf = AgendaPdf.render(Pdfs.foundingMeeting(false), Pdfs.lines(Pdfs.agenda()), Locale.FRENCH);

        assertThat(Pdfs.fonts(pdf))
                .isNotEmpty()
                .allMatch(font -> font.contains("DejaVuSans") && font.endsWith(" embedded"));
        assertThat(Pdfs.roles(pdf)).contains("H1", "H2", "Table", "THead", "TH", "TD");
        Pdfs.read(pdf, document -> {
            assertThat(document.isTagged()).isTrue();
            assertThat(document.getCatalog()
                            .getPdfObject()
                            .getAsString(PdfName.Lang)
                            .toUnicodeString())
                    .isEqualTo("fr");
            assertThat(document.getDocumentInfo().getTitle()).startsWith("Ordre du jour – Arrêt de fabrication");
            assertThat(document.getFirstPage().getPageSize().getWidth())
                    .isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
            return null;
        });
    }

    @Test
    void aLongAgendaIsNumberedPageXOfYOnEveryPage() {
        List<AgendaRow> agenda = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            agenda.add(new AgendaRow(
                    (long) i,
                    i,
                    "Point numéro " + (i + 1),
                    "Une description assez longue pour occuper la place.",
                    AgendaItemKind.DISCUSSION,
                    "Anne-Sophie",
                    "Rousseau",
                    "EVADIAC",
                    null,
                    5,
                    false));
        }

        List<String> pages =
                Pdfs.pages(AgendaPdf.render(Pdfs.foundingMeeting(false), Pdfs.lines(agenda), Locale.FRENCH));

        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("page " + (i + 1) + " sur " + pages.size());
        }
    }

    @Test
    void demoMeetingsSayIllustrativeOnEveryPageAndRealOnesDoNot() {
        List<AgendaRow> agenda = new ArrayList<>(Pdfs.agenda());
        for (int i = 3; i < 40; i++) {
            agenda.add(new AgendaRow(
                    (long) i, i, "Point " + i, null, AgendaItemKind.DISCUSSION, null, null, null, null, 5, false));
        }

        List<String> french =
                Pdfs.pages(AgendaPdf.render(Pdfs.foundingMeeting(true), Pdfs.lines(agenda), Locale.FRENCH));
        List<String> english =
                Pdfs.pages(AgendaPdf.render(Pdfs.foundingMeeting(true), Pdfs.lines(agenda), Locale.ENGLISH));

        assertThat(french).hasSizeGreaterThan(1).allMatch(page -> page.contains("Données de démonstration"));
        assertThat(english).hasSizeGreaterThan(1).allMatch(page -> page.contains("Illustrative demo data"));
        assertThat(Pdfs.text(AgendaPdf.render(Pdfs.foundingMeeting(false), Pdfs.lines(agenda), Locale.FRENCH)))
                .doesNotContain("démonstration");
    }
}
