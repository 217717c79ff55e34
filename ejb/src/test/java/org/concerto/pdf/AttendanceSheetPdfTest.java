package org.concerto.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concerto.meeting.InviteeGroup;
import org.concerto.meeting.InviteeRow;
import org.concerto.meeting.MeetingDocuments;
import org.concerto.meeting.MeetingRole;
import org.concerto.participant.StakeholderCategory;
import org.junit.jupiter.api.Test;

class AttendanceSheetPdfTest {

    private static List<InviteeGroup> groups() {
        return List.of(
                new InviteeGroup(
                        "Agence nationale de sécurité du médicament",
                        StakeholderCategory.REGULATOR,
                        List.of(new InviteeRow(
                                1L,
                                "Hélène",
                                "Lefèvre",
                                "Directrice des dispositifs médicaux",
                                "Agence nationale de sécurité du médicament",
                                StakeholderCategory.REGULATOR,
                                MeetingRole.CHAIR))),
                new InviteeGroup(
                        "Medtronic France",
                        StakeholderCategory.MANUFACTURER,
                        List.of(new InviteeRow(
                                2L,
                                "Thomas",
                                "Bernard",
                                "Regulatory affairs",
                                "Medtronic France",
                                StakeholderCategory.MANUFACTURER,
                                MeetingRole.PARTICIPANT))),
                new InviteeGroup(
                        null,
                        null,
                        List.of(new InviteeRow(3L, "François", "Noël", null, null, null, MeetingRole.EXPERT))));
    }

    @Test
    void inviteesAreListedByOrganisationWithARoleAndASignatureColumnInFrench() {
        String text =
                Pdfs.text(AttendanceSheetPdf.render(Pdfs.foundingMeeting(false), MeetingDocuments.sheet(groups())));

        assertThat(text)
                .contains("Feuille d’émargement")
                .contains("jeudi 12 septembre 2019")
                .contains("Agence nationale de sécurité du médicament · Autorité de santé")
                .contains("Medtronic France · Fabricant")
                .contains("À titre individuel")
                .contains("Nom et fonction", "Rôle", "Signature")
                .contains(
                        "Hélène Lefèvre",
                        "Président(e) de séance",
                        "Thomas Bernard",
                        "Participant(e)",
                        "François Noël",
                        "Expert(e)")
                .contains("Personnes présentes non inscrites")
                .contains("page 1 sur ");
        assertThat(text.indexOf("Hélène Lefèvre")).isLessThan(text.indexOf("Thomas Bernard"));
        assertThat(text.indexOf("Thomas Bernard")).isLessThan(text.indexOf("François Noël"));
    }

    @Test
    void theSheetIsTaggedWithItsFontEmbeddedAndTheDemoMentionWhenIllustrative() {
        byte[] pdf = AttendanceSheetPdf.render(Pdfs.foundingMeeting(true), MeetingDocuments.sheet(groups()));

        assertThat(Pdfs.fonts(pdf)).allMatch(font -> font.endsWith(" embedded"));
        assertThat(Pdfs.roles(pdf)).contains("H1", "H2", "TH");
        assertThat(Pdfs.pages(pdf)).allMatch(page -> page.contains("Données de démonstration"));
    }
}
