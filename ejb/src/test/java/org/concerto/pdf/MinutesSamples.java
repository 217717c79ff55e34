package org.concerto.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.AttendanceStatus;
import org.concerto.meeting.MeetingRole;
import org.concerto.minutes.Minutes;
import org.concerto.shared.Localizable;

/** Minutes built by hand, as the assembler would: the founding meeting, and a large one for the benchmark. */
final class MinutesSamples {

    static final Instant ISSUED = Instant.parse("2019-09-20T10:00:00Z");
    private static final List<Localizable> PRESENCES = List.of(AttendanceStatus.values());

    private MinutesSamples() {}

    static MinutesContent founding(Minutes.Stage stage) {
        List<MinutesContent.Attendee> attendance = List.of(
                new MinutesContent.Attendee("Hélène Lefèvre", "ANSM", MeetingRole.CHAIR, AttendanceStatus.PRESENT),
                new MinutesContent.Attendee(
                        "Marie-Thérèse Lambert", "AVPI", MeetingRole.PARTICIPANT, AttendanceStatus.PRESENT),
                new MinutesContent.Attendee("Émilie Petit", "EVADIAC", MeetingRole.EXPERT, AttendanceStatus.REMOTE),
                new MinutesContent.Attendee(
                        "Sophie Girard", "Medtronic France", MeetingRole.PARTICIPANT, AttendanceStatus.EXCUSED),
                new MinutesContent.Attendee("Camille Faure", "CDH", MeetingRole.EXPERT, AttendanceStatus.ABSENT));
        MinutesContent.Action supply = new MinutesContent.Action(
                2,
                "Confirmer par écrit la fourniture des consommables jusqu'à la fin de vie des pompes",
                "Thomas Bernard (Medtronic France)",
                LocalDate.of(2019, 10, 15),
                "Ouverte");
        List<MinutesContent.Section> sections = List.of(
                new MinutesContent.Section(
                        1,
                        "Accueil et objectifs de la réunion",
                        false,
                        "La présidente rappelle l'objet : trouver des solutions.",
                        List.of(),
                        null,
                        null,
                        List.of(),
                        List.of()),
                new MinutesContent.Section(
                        2,
                        "Engagements de continuité : consommables",
                        false,
                        "Le fabricant confirme la disponibilité des consommables.",
                        List.of(
                                new MinutesContent.Position(
                                        "AVPI", "Les patients demandent un engagement écrit et daté."),
                                new MinutesContent.Position(
                                        "Medtronic France", "Engagement maintenu jusqu'à la fin de vie des pompes.")),
                        "Le fabricant adressera un engagement écrit à l'Agence.",
                        new MinutesContent.Votes(9, 1, 2, "L'UDIT juge l'engagement insuffisant."),
                        List.of("François Dubois"),
                        List.of(supply)),
                new MinutesContent.Section(
                        3,
                        "Recherche d'un industriel pour la reprise",
                        true,
                        "Échanges confidentiels.",
                        List.of(),
                        "Le fabricant poursuit ses démarches.",
                        null,
                        List.of(),
                        List.of()));
        List<AgendaRow> agenda = List.of(
                new AgendaRow(
                        1L,
                        0,
                        "Accueil et objectifs de la réunion",
                        null,
                        AgendaItemKind.INFORMATION,
                        "Hélène",
                        "Lefèvre",
                        "ANSM",
                        null,
                        10,
                        false),
                new AgendaRow(
                        2L,
                        1,
                        "Engagements de continuité : consommables",
                        null,
                        AgendaItemKind.DISCUSSION,
                        "Thomas",
                        "Bernard",
                        "Medtronic France",
                        null,
                        30,
                        false),
                new AgendaRow(
                        3L,
                        2,
                        "Recherche d'un industriel pour la reprise",
                        null,
                        AgendaItemKind.CONSULTATION,
                        null,
                        null,
                        null,
                        "Medtronic France",
                        30,
                        true));
        List<MinutesContent.Annex> annexes = List.of(new MinutesContent.Annex(
                1, "Position de l'AVPI sur la continuité des soins", "Marie-Thérèse Lambert (AVPI)", 2));
        boolean approved = stage == Minutes.Stage.APPROVED;
        return new MinutesContent(
                Pdfs.foundingMeeting(true),
                stage.name(),
                approved,
                approved ? 2 : 1,
                ISSUED,
                approved ? "ab".repeat(32) : null,
                approved ? "Hélène Lefèvre" : null,
                approved ? ISSUED : null,
                null,
                false,
                PRESENCES,
                attendance,
                Pdfs.lines(agenda),
                sections,
                List.of(supply),
                annexes);
    }

    /** 250 attendees, 40 items, 100 action items, 30 annexes. */
    static MinutesContent large(Minutes.Stage stage) {
        List<MinutesContent.Attendee> attendance = new ArrayList<>();
        AttendanceStatus[] statuses = AttendanceStatus.values();
        for (int i = 0; i < 250; i++) {
            attendance.add(new MinutesContent.Attendee(
                    "Participante n° " + i + " Éléonore Dupré",
                    "Organisation " + (i % 25),
                    MeetingRole.PARTICIPANT,
                    statuses[i % statuses.length]));
        }
        List<AgendaRow> agenda = new ArrayList<>();
        List<MinutesContent.Section> sections = new ArrayList<>();
        List<MinutesContent.Action> actions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            actions.add(new MinutesContent.Action(
                    i % 40 + 1,
                    "Action n° " + (i + 1) + " : transmettre le rapport de suivi trimestriel",
                    "Responsable " + i,
                    LocalDate.of(2020, 1 + i % 12, 1 + i % 28),
                    "Ouverte"));
        }
        for (int i = 0; i < 40; i++) {
            int number = i + 1;
            agenda.add(new AgendaRow(
                    (long) i,
                    i,
                    "Point " + number + " : suivi des patients",
                    null,
                    AgendaItemKind.DISCUSSION,
                    "Anne-Sophie",
                    "Rousseau",
                    "EVADIAC",
                    null,
                    5,
                    false));
            sections.add(new MinutesContent.Section(
                    number,
                    "Point " + number + " : suivi des patients",
                    false,
                    "Synthèse des échanges : les participants ont examiné la situation des patients et les solutions possibles. "
                            .repeat(3),
                    List.of(
                            new MinutesContent.Position("AVPI", "Position des patients sur ce point."),
                            new MinutesContent.Position("EVADIAC", "Position des équipes médicales.")),
                    "Décision prise à l'unanimité.",
                    i % 4 == 0 ? new MinutesContent.Votes(20, 2, 1, "Réserve de l'UDIT.") : null,
                    i % 10 == 0 ? List.of("François Dubois") : List.of(),
                    actions.stream().filter(a -> a.item() == number).toList()));
        }
        List<MinutesContent.Annex> annexes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            annexes.add(new MinutesContent.Annex(
                    i + 1, "Contribution écrite n° " + (i + 1), "Organisation " + i, i % 40 + 1));
        }
        return new MinutesContent(
                Pdfs.foundingMeeting(false),
                stage.name(),
                stage.isFinal(),
                1,
                ISSUED,
                null,
                null,
                null,
                null,
                false,
                PRESENCES,
                attendance,
                Pdfs.lines(agenda),
                sections,
                actions,
                annexes);
    }
}
