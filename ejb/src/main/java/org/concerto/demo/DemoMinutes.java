package org.concerto.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.concerto.meeting.Meeting;
import org.concerto.minutes.Minutes;
import org.concerto.minutes.MinutesArchive;
import org.concerto.minutes.MinutesSection;
import org.concerto.minutes.PositionStatement;
import org.concerto.minutes.SectionText;
import org.concerto.participant.Person;

/**
 * Invented minutes (illustrative, like all the demo: the regulator's real minutes are not these): the meeting of
 * 12 September 2019 approved, sealed and published, and the patients' exchange of October 2019 in review.
 */
final class DemoMinutes {

    private static final String CLAIRE = "Claire Martin";

    private final EntityManager em;
    private final Clock clock;

    DemoMinutes(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void write() {
        foundingMeeting();
        patientsMeeting();
    }

    /** The patients' exchange of October 2019: a draft sent for review until three weeks after the demo was loaded. */
    void patientsMeeting() {
        Meeting meeting = meeting("Échange avec les associations de patients porteurs de pompe implantée");
        Minutes minutes = Minutes.draftFor(meeting);
        em.persist(minutes);
        em.flush();
        Clock drafting = at(2019, 10, 10, 10);
        write(
                minutes.getSections().get(0),
                drafting,
                "Les associations relaient les questions des patients après la réunion du "
                        + "12 septembre : durée de disponibilité des consommables, suivi par les centres, interlocuteur en cas de panne (exemple fictif).",
                List.of(new PositionStatement(
                        "UDIT", "Une foire aux questions commune doit être publiée par l'Agence.")),
                null,
                null,
                null);
        minutes.openReview(clock.instant().plus(java.time.Duration.ofDays(21)), drafting);
        new MinutesArchive(em, drafting).snapshot(minutes, Minutes.Stage.IN_REVIEW, null, CLAIRE);
    }

    private Meeting meeting(String title) {
        return em.createQuery("select m from Meeting m where m.illustrative = true and m.title = :title", Meeting.class)
                .setParameter("title", title)
                .getSingleResult();
    }

    /** The founding meeting's minutes, written in full; needs the meeting held and the demo directory loaded. */
    void foundingMeeting() {
        Meeting meeting = em.createQuery(
                        "select m from Meeting m where m.illustrative = true and m.title like :title", Meeting.class)
                .setParameter("title", "Arrêt de fabrication de la pompe implantable MiniMed 2007D (MIP)%")
                .getSingleResult();
        Person mariet = person("Lambert");
        mariet.consentToPublicName(true);
        Minutes minutes = Minutes.draftFor(meeting);
        em.persist(minutes);
        em.flush();
        List<MinutesSection> sections = minutes.getSections();
        Clock drafting = at(2019, 9, 16, 10);
        write(
                sections.get(0),
                drafting,
                "La présidente accueille les participants et rappelle l'objet de la réunion (exemple fictif) : "
                        + "partager la situation créée par l'arrêt de fabrication de la pompe MIP et rechercher ensemble des solutions pour les quelque "
                        + "250 patients français qui en dépendent.",
                List.of(),
                null,
                null,
                null);
        write(
                sections.get(1),
                drafting,
                "Le fabricant présente le calendrier : arrêt annoncé en 2017, pompe disponible jusqu'en juin 2020 "
                        + "selon l'information de juillet 2019. Les participants s'interrogent sur la visibilité au-delà de cette date.",
                List.of(
                        new PositionStatement(
                                "Medtronic France",
                                "Le calendrier annoncé en juillet 2019 est confirmé ; aucune nouvelle "
                                        + "implantation n'est prévue après juin 2020."),
                        new PositionStatement(
                                "AVPI",
                                "Les patients demandent une information écrite, datée et diffusée par leurs centres.")),
                "L'Agence prend acte du calendrier et demande au fabricant une information écrite destinée aux patients.",
                null,
                null);
        write(
                sections.get(2),
                drafting,
                "Le fabricant s'engage à fournir les consommables jusqu'à la fin de vie des pompes implantées. "
                        + "Les associations souhaitent que cet engagement soit formalisé et suivi.",
                List.of(
                        new PositionStatement(
                                "Medtronic France",
                                "Engagement de fourniture des consommables jusqu'à la fin de vie des pompes."),
                        new PositionStatement(
                                "UDIT", "L'engagement doit être daté et assorti d'un suivi trimestriel public."),
                        new PositionStatement(
                                "EVADIAC",
                                "Les centres implanteurs ont besoin d'un point de contact unique chez le fabricant.")),
                "Le fabricant adressera à l'Agence un engagement écrit de continuité ; un suivi trimestriel est mis en place.",
                new Integer[] {11, 1, 2},
                "Thomas Bernard (Medtronic France) – transmettre l'engagement écrit de continuité des consommables – 15/10/2019\n"
                        + "Claire Martin (ANSM) – organiser le suivi trimestriel des engagements – 31/12/2019");
        write(
                sections.get(3),
                drafting,
                "Les équipes EVADIAC présentent leur retour d'expérience : pour une partie des patients, aucune "
                        + "alternative comparable n'a été identifiée (exemple fictif).",
                List.of(new PositionStatement(
                        "EVADIAC", "Un registre des patients sans alternative doit être tenu par les centres.")),
                "Les centres tiendront un registre partagé.",
                null,
                "Anne-Sophie Rousseau (EVADIAC) – constituer le registre des patients sans alternative – 30/11/2019");
        write(
                sections.get(4),
                drafting,
                "Les représentants des patients témoignent de leur inquiétude et de leurs besoins d'information.",
                List.of(new PositionStatement(
                        "AVPI", "Une ligne d'information dédiée aux patients porteurs est attendue.")),
                null,
                null,
                null);
        write(
                sections.get(5),
                drafting,
                "Le fabricant présente l'état de ses démarches (point confidentiel).",
                List.of(),
                "L'Agence demande au fabricant de poursuivre la recherche d'un industriel pour la reprise de l'activité.",
                null,
                null);
        write(
                sections.get(6),
                drafting,
                "La présidente récapitule les suites à donner et annonce une réunion de suivi.",
                List.of(),
                "Une réunion de suivi sera organisée.",
                null,
                null);

        // Sent for review, approved by the secretariat a week later, sealed and published, as the public pages show it.
        new MinutesArchive(em, drafting).snapshot(minutes, Minutes.Stage.DRAFT, "Premier jet", CLAIRE);
        minutes.openReview(at(2019, 9, 30, 18).instant(), drafting);
        new MinutesArchive(em, drafting).snapshot(minutes, Minutes.Stage.IN_REVIEW, null, CLAIRE);
        Clock approval = at(2019, 10, 1, 10);
        minutes.approve(CLAIRE, 0, approval);
        new MinutesArchive(em, approval).approved(minutes, null, CLAIRE);
        minutes.publish(at(2019, 10, 2, 9));
    }

    private static void write(
            MinutesSection section,
            Clock clock,
            String summary,
            List<PositionStatement> positions,
            String decision,
            Integer[] votes,
            String actions) {
        section.write(
                new SectionText(
                        summary,
                        positions,
                        decision,
                        votes == null ? null : votes[0],
                        votes == null ? null : votes[1],
                        votes == null ? null : votes[2],
                        votes == null
                                ? null
                                : "L'UDIT juge l'engagement insuffisant sans calendrier public (exemple fictif).",
                        actions),
                CLAIRE,
                clock);
    }

    private Person person(String lastName) {
        return em.createQuery("select p from Person p where p.lastName = :name", Person.class)
                .setParameter("name", lastName)
                .setMaxResults(1)
                .getSingleResult();
    }

    private static Clock at(int year, int month, int day, int hour) {
        return Clock.fixed(
                LocalDateTime.of(year, month, day, hour, 0).toInstant(ZoneOffset.ofHours(2)), ZoneOffset.UTC);
    }
}
