package org.concerto.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.concerto.action.ActionDocuments;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionRow;
import org.concerto.action.ActionStatus;
import org.junit.jupiter.api.Test;

class ActionListPdfTest {

    private static final Instant PRINTED = Instant.parse("2019-11-20T09:30:00Z");

    private static ActionRow row(String what, LocalDate due, ActionStatus status, Instant confirmedAt) {
        ActionRow row = new ActionRow(
                1L,
                what,
                due,
                ActionPriority.HIGH,
                status,
                confirmedAt,
                2L,
                "Arrêt de fabrication de la pompe implantable MiniMed 2007D (MIP) : réflexion partagée",
                "MIP",
                Instant.parse("2019-09-12T12:00:00Z"),
                true,
                3L,
                "Engagements de continuité",
                4L,
                "Thomas",
                "Bernard",
                5L,
                "Medtronic France",
                "Medtronic France");
        // The rows come evaluated against today from the service; here against the printing day.
        return row.evaluate(LocalDate.of(2019, 11, 20));
    }

    private static List<ActionRow> rows() throws Exception {
        return List.of(
                row(
                        "Confirmer par écrit l'engagement de fournir les consommables",
                        LocalDate.of(2019, 11, 1),
                        ActionStatus.IN_PROGRESS,
                        null),
                row(
                        "Transmettre le calendrier de disponibilité",
                        LocalDate.of(2019, 9, 1),
                        ActionStatus.DONE,
                        Instant.parse("2019-09-02T09:00:00Z")));
    }

    @Test
    void theTableSaysWhatWhoWhenAndHowLateInFrench() throws Exception {
        byte[] pdf = ActionListPdf.render(ActionDocuments.content(rows(), 2, "Toutes", "ANSM", PRINTED, Locale.FRENCH));
        keep(pdf, "actions-fr.pdf");
        String text = Pdfs.text(pdf);

        assertThat(text)
                .contains(
                        "Relevé d’actions",
                        "Sélection",
                        "Toutes",
                        "Medtronic France",
                        "Thomas Bernard",
                        "en retard de 19 j",
                        "En cours",
                        "Faite",
                        "Haute",
                        "page 1 sur 1");
        assertThat(Pdfs.fonts(pdf)).allMatch(font -> font.endsWith(" embedded"));
        assertThat(Pdfs.roles(pdf)).contains("H1", "TH");
        assertThat(Pdfs.pages(pdf)).allMatch(page -> page.contains("Données de démonstration"));
    }

    @Test
    void inEnglishAndSayingWhenTheListWasCut() throws Exception {
        String text = Pdfs.text(ActionListPdf.render(
                ActionDocuments.content(rows(), 7000, "Overdue", "ANSM", PRINTED, Locale.ENGLISH)));
        keep(
                ActionListPdf.render(ActionDocuments.content(rows(), 7000, "Overdue", "ANSM", PRINTED, Locale.ENGLISH)),
                "actions-en.pdf");

        assertThat(text).contains("Action items", "first 2 of 7,000", "19 d overdue", "In progress", "page 1 of 1");
    }

    /** Kept in target/ to look at with pdftoppm. */
    private static void keep(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
