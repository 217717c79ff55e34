package org.concerto.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.concerto.action.ActionItem;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionStatus;
import org.concerto.action.Actor;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Meeting;
import org.concerto.participant.Person;
import org.concerto.shared.Zones;

/**
 * Invented action items of the founding case, like everything in the demo beyond the ANSM's
 * public notice: what the manufacturer, the expert centres, the regulator and a patient association
 * took on in 2019. Some are done and confirmed, some overdue, one cancelled; the MIP meetings form one
 * series, so the follow-up meeting lists those still open. Due dates still pending are set from the
 * day the demo is loaded, so that "overdue" and "due soon" show whatever the date.
 */
final class DemoActions {

    private final EntityManager em;
    private final Clock clock;
    private final Map<String, Person> people;

    DemoActions(EntityManager em, Clock clock, Map<String, Person> people) {
        this.em = em;
        this.clock = clock;
        this.people = people;
    }

    void load() {
        List<Meeting> series = em.createQuery(
                        "select m from Meeting m where m.illustrative = true order by m.schedule.startsAt",
                        Meeting.class)
                .getResultList();
        Meeting preparatory = series.get(0);
        Meeting founding = series.get(1);
        Meeting patients = series.get(2);
        for (Meeting meeting : series.subList(1, series.size())) {
            meeting.continueSeriesOf(preparatory);
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.DEFAULT));
        Actor secretariat = new Actor("secretariat", "Claire Martin");
        Actor thomas = new Actor("manufacturer", "Thomas Bernard");
        Actor anneSophie = new Actor("professional", "Anne-Sophie Rousseau");

        ActionItem calendar = action(
                preparatory,
                0,
                "Transmettre à l'ANSM le calendrier détaillé de disponibilité des pompes "
                        + "et des consommables (exemple fictif).",
                "thomas",
                true,
                LocalDate.of(2019, 9, 1),
                ActionPriority.HIGH,
                at(2019, 7, 23));
        calendar.report(
                ActionStatus.DONE,
                "Calendrier envoyé par courrier le 28 août 2019 (exemple fictif).",
                thomas,
                at(2019, 8, 28));
        calendar.confirmDone(secretariat, at(2019, 9, 2));

        ActionItem census = action(
                preparatory,
                2,
                "Recenser, centre par centre, les patients sans alternative comparable " + "(exemple fictif).",
                "annesophie",
                true,
                LocalDate.of(2019, 9, 6),
                ActionPriority.NORMAL,
                at(2019, 7, 23));
        census.report(
                ActionStatus.IN_PROGRESS,
                "Questionnaire adressé aux 14 centres implanteurs (exemple fictif).",
                anneSophie,
                at(2019, 8, 1));
        census.report(
                ActionStatus.DONE,
                "Synthèse transmise : 38 patients sans alternative (chiffre fictif).",
                anneSophie,
                at(2019, 9, 5));
        census.confirmDone(secretariat, at(2019, 9, 6));

        Clock meetingDay = at(2019, 9, 12);
        ActionItem supply = action(
                founding,
                2,
                "Confirmer par écrit l'engagement de fournir les consommables jusqu'à la fin de vie "
                        + "des pompes implantées (exemple fictif).",
                "thomas",
                true,
                today.minusDays(18),
                ActionPriority.HIGH,
                meetingDay);
        supply.report(
                ActionStatus.IN_PROGRESS,
                "Projet de lettre en relecture au siège européen (exemple fictif).",
                thomas,
                at(2019, 10, 15));

        action(
                founding,
                5,
                "Rendre compte des démarches engagées pour trouver un industriel qui reprenne l'activité "
                        + "(exemple fictif).",
                "laurent",
                true,
                today.plusDays(5),
                ActionPriority.HIGH,
                meetingDay);

        ActionItem protocol = action(
                founding,
                3,
                "Établir un protocole commun de suivi des patients implantés dans les centres " + "(exemple fictif).",
                "annesophie",
                true,
                today.plusDays(30),
                ActionPriority.NORMAL,
                meetingDay);
        protocol.report(
                ActionStatus.IN_PROGRESS,
                "Première version discutée en réunion du groupe (exemple fictif).",
                anneSophie,
                at(2019, 11, 4));

        ActionItem leaflet = action(
                founding,
                4,
                "Rédiger une fiche d'information des patients sur la continuité du traitement " + "(exemple fictif).",
                "julien",
                false,
                LocalDate.of(2019, 10, 31),
                ActionPriority.NORMAL,
                meetingDay);
        leaflet.report(
                ActionStatus.DONE,
                "Fiche validée et mise en ligne (exemple fictif).",
                new Actor("julien.moreau", "Julien Moreau"),
                at(2019, 10, 30));

        action(
                founding,
                4,
                "Relayer la fiche d'information auprès des adhérents de l'association (exemple fictif).",
                "mariet",
                true,
                today.minusDays(4),
                ActionPriority.LOW,
                meetingDay);

        ActionItem questions = action(
                patients,
                0,
                "Recueillir les questions des adhérents sur le remplacement des pompes " + "(exemple fictif).",
                "nathalie",
                true,
                LocalDate.of(2019, 11, 15),
                ActionPriority.NORMAL,
                at(2019, 10, 8));
        questions.cancel(
                "Questions reprises dans la fiche d'information (exemple fictif).", secretariat, at(2019, 10, 30));
        em.flush();
    }

    private ActionItem action(
            Meeting meeting,
            int itemIndex,
            String what,
            String ownerKey,
            boolean organisationOwned,
            LocalDate due,
            ActionPriority priority,
            Clock when) {
        Person owner = people.get(ownerKey);
        AgendaItem item = meeting.getAgenda().get(itemIndex);
        ActionItem action = new ActionItem(
                meeting,
                item,
                what,
                owner,
                organisationOwned ? owner.getOrganisation() : null,
                due,
                priority,
                new Actor("secretariat", "Claire Martin"),
                when);
        em.persist(action);
        return action;
    }

    private static Clock at(int year, int month, int day) {
        return Clock.fixed(
                ZonedDateTime.of(year, month, day, 18, 0, 0, 0, Zones.DEFAULT).toInstant(), Zones.DEFAULT);
    }
}
