package org.concerto.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concerto.interest.DecisionOutcome;
import org.concerto.interest.DeclaredInterest;
import org.concerto.interest.InterestDecision;
import org.concerto.interest.InterestNature;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.AttendanceStatus;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.Schedule;
import org.concerto.participant.Language;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.participant.StakeholderCategory;
import org.concerto.security.UserAccount;
import org.concerto.shared.Role;
import org.concerto.shared.Settings;
import org.concerto.shared.Zones;

/**
 * Loads the founding case at start-up into an empty database: on the embedded H2 database unless
 * CONCERTO_DEMO=false, on any other database only with CONCERTO_DEMO=true.
 */
@Singleton
@Startup
public class DemoData {

    /** The demo accounts' shared password, printed in README.md; only ever set on demo data. */
    public static final String PASSWORD = "concerto-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/ConcertoDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private DemoContributions demoContributions;

    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private UserAccount firstAccount;

    @PostConstruct
    void loadIfWanted() {
        boolean embedded = isEmbeddedDatabase();
        if (!Settings.flag("concerto.demo", embedded)) {
            LOG.info("Demo data not loaded (CONCERTO_DEMO is off, or the database is not the embedded one)");
            return;
        }
        long accounts =
                em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult();
        if (accounts > 0) {
            LOG.info("Demo data not loaded: the database already holds accounts");
            return;
        }
        load();
        LOG.info("Demo data loaded: the MiniMed 2007D case (illustrative), 4 meetings, " + people.size() + " people");
    }

    private boolean isEmbeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database Concerto runs on", e);
        }
    }

    private void load() {
        directory();
        accounts();
        declarations();
        preparatoryMeeting();
        foundingMeeting();
        patientsMeeting();
        followUpMeeting();
        em.flush();
        demoContributions.load(people);
        new DemoActions(em, clock, people).load();
        new DemoMinutes(em, clock).write();
        new DemoConsultations(em, clock, people).load();
    }

    private void directory() {
        organisation("ANSM", Settings.regulatorName(), "ANSM", StakeholderCategory.REGULATOR);
        organisation("MDT", "Medtronic France", null, StakeholderCategory.MANUFACTURER);
        organisation(
                "EVADIAC",
                "EVADIAC – EVAluation dans le Diabète du traitement par Implants Actifs",
                "EVADIAC",
                StakeholderCategory.EXPERT_GROUP);
        organisation(
                "AVPI",
                "Association Vivre avec une Pompe Implantée (fictive)",
                "AVPI",
                StakeholderCategory.PATIENT_ASSOCIATION);
        organisation(
                "UDIT",
                "Union des Diabétiques Insulino-Traités (fictive)",
                "UDIT",
                StakeholderCategory.PATIENT_ASSOCIATION);
        organisation(
                "CDH",
                "Collège des Diabétologues Hospitaliers (fictif)",
                "CDH",
                StakeholderCategory.HEALTH_PROFESSIONAL_BODY);

        person(
                "claire",
                "Claire",
                "Martin",
                "ANSM",
                "Secrétariat des réunions, direction des dispositifs médicaux",
                Language.FR);
        person("julien", "Julien", "Moreau", "ANSM", "Évaluateur, dispositifs médicaux implantables", Language.FR);
        person(
                "helene",
                "Hélène",
                "Lefèvre",
                "ANSM",
                "Directrice des dispositifs médicaux (présidente de séance)",
                Language.FR);
        person("thomas", "Thomas", "Bernard", "MDT", "Regulatory Affairs Manager", Language.EN);
        person("laurent", "Laurent", "Chevalier", "MDT", "Directeur médical", Language.FR);
        person("sophie", "Sophie", "Girard", "MDT", "Responsable qualité", Language.FR);
        person(
                "annesophie",
                "Anne-Sophie",
                "Rousseau",
                "EVADIAC",
                "Coordinatrice du groupe, endocrinologue",
                Language.FR);
        person("francois", "François", "Dubois", "EVADIAC", "Diabétologue, centre implanteur", Language.FR);
        person("emilie", "Émilie", "Petit", "EVADIAC", "Infirmière d'éducation thérapeutique", Language.FR);
        person("mariet", "Marie-Thérèse", "Lambert", "AVPI", "Présidente", Language.FR);
        person("jeanluc", "Jean-Luc", "Fontaine", "AVPI", "Patient porteur de pompe implantée", Language.FR);
        person("nathalie", "Nathalie", "Roux", "UDIT", "Secrétaire générale", Language.FR);
        person("karim", "Karim", "Benali", "UDIT", "Représentant des usagers", Language.FR);
        person("olivier", "Olivier", "Mercier", "CDH", "Diabétologue, CHU", Language.FR);
        person("camille", "Camille", "Faure", "CDH", "Pharmacienne hospitalière", Language.FR);
    }

    private void accounts() {
        account("secretariat", "claire", Role.SECRETARIAT);
        account("patient", "mariet", Role.PARTICIPANT);
        account("professional", "annesophie", Role.PARTICIPANT);
        account("manufacturer", "thomas", Role.PARTICIPANT);
    }

    /** July 2019: the regulator, the manufacturer and the expert group look for solutions. */
    private void preparatoryMeeting() {
        Meeting meeting = meeting(
                "Réunion préparatoire : arrêt de fabrication de la pompe implantable MiniMed 2007D",
                "Faire le point avec le fabricant et le groupe EVADIAC sur le calendrier d'arrêt, la continuité des "
                        + "consommables et les solutions envisageables pour les patients, avant la réunion élargie de septembre.",
                LocalDateTime.of(2019, 7, 23, 10, 0),
                LocalDateTime.of(2019, 7, 23, 12, 0),
                MeetingFormat.IN_PERSON,
                null);
        invite(meeting, MeetingRole.CHAIR, "helene");
        invite(meeting, MeetingRole.SECRETARIAT, "claire", "julien");
        invite(meeting, MeetingRole.PARTICIPANT, "thomas", "laurent");
        invite(meeting, MeetingRole.EXPERT, "annesophie", "francois");
        item(
                meeting,
                "Calendrier de disponibilité de la pompe MIP",
                "Information du fabricant : disponibilité jusqu'en juin 2020.",
                AgendaItemKind.INFORMATION,
                20,
                "laurent",
                null);
        item(
                meeting,
                "Continuité du traitement : consommables et suivi des pompes implantées",
                null,
                AgendaItemKind.DISCUSSION,
                40,
                "thomas",
                null);
        item(
                meeting,
                "Patients sans alternative comparable : premiers constats des centres",
                null,
                AgendaItemKind.DISCUSSION,
                45,
                "annesophie",
                null);
        item(
                meeting,
                "Préparation de la réunion du 12 septembre 2019",
                null,
                AgendaItemKind.DECISION,
                15,
                "julien",
                null);
        meeting.convene(at(2019, 7, 1));
        meeting.markHeld(at(2019, 7, 23, 12));
        Clock day = at(2019, 7, 23, 12);
        attended(
                meeting,
                day,
                AttendanceStatus.PRESENT,
                "09:55",
                "12:00",
                "helene",
                "claire",
                "julien",
                "laurent",
                "annesophie");
        attended(meeting, day, AttendanceStatus.REMOTE, "10:00", "11:30", "thomas");
        attended(meeting, day, AttendanceStatus.EXCUSED, null, null, "francois");
        meeting.openMinutesReview();
        meeting.approveMinutes();
    }

    /** 12 September 2019: the founding meeting, with patients, professionals and the manufacturer. */
    private void foundingMeeting() {
        Meeting meeting = meeting(
                "Arrêt de fabrication de la pompe implantable MiniMed 2007D (MIP) : réflexion partagée",
                "Réunir les représentants de patients, les professionnels de santé et le fabricant afin que soient trouvées "
                        + "des solutions pour les quelque 250 patients français qui utilisent la pompe implantable MIP.",
                LocalDateTime.of(2019, 9, 12, 14, 0),
                LocalDateTime.of(2019, 9, 12, 17, 30),
                MeetingFormat.IN_PERSON,
                null);
        invite(meeting, MeetingRole.CHAIR, "helene");
        invite(meeting, MeetingRole.SECRETARIAT, "claire", "julien");
        invite(
                meeting,
                MeetingRole.PARTICIPANT,
                "thomas",
                "laurent",
                "sophie",
                "mariet",
                "jeanluc",
                "nathalie",
                "karim");
        invite(meeting, MeetingRole.EXPERT, "annesophie", "francois", "emilie", "olivier", "camille");
        item(meeting, "Accueil et objectifs de la réunion", null, AgendaItemKind.INFORMATION, 10, "helene", null);
        AgendaItem situation = item(
                meeting,
                "Point de situation : arrêt de fabrication et calendrier de disponibilité",
                "Arrêt annoncé en 2017 ; pompe disponible jusqu'en juin 2020 selon l'information de juillet 2019.",
                AgendaItemKind.INFORMATION,
                20,
                "laurent",
                null);
        AgendaItem continuity = item(
                meeting,
                "Engagements de continuité : consommables jusqu'à la fin de vie des pompes implantées",
                null,
                AgendaItemKind.DISCUSSION,
                30,
                "thomas",
                null);
        situation.concern(List.of(organisations.get("MDT")));
        continuity.concern(List.of(organisations.get("MDT")));
        item(
                meeting,
                "Retour d'expérience des équipes EVADIAC et alternatives thérapeutiques",
                null,
                AgendaItemKind.DISCUSSION,
                40,
                "annesophie",
                null);
        item(
                meeting,
                "Témoignages et attentes des patients",
                "Qualité de vie, inquiétudes, besoins d'information.",
                AgendaItemKind.DISCUSSION,
                40,
                null,
                "AVPI");
        item(
                        meeting,
                        "Recherche d'un industriel pour la reprise de l'activité",
                        "Point confidentiel : démarches du fabricant.",
                        AgendaItemKind.CONSULTATION,
                        30,
                        "helene",
                        null)
                .markConfidential(true);
        item(meeting, "Suites à donner et prochaines étapes", null, AgendaItemKind.DECISION, 20, "helene", null);
        meeting.convene(at(2019, 8, 20));
        meeting.markHeld(at(2019, 9, 12, 18));
        Clock day = at(2019, 9, 12, 18);
        attended(
                meeting,
                day,
                AttendanceStatus.PRESENT,
                "13:50",
                "17:30",
                "helene",
                "claire",
                "julien",
                "thomas",
                "laurent",
                "mariet",
                "jeanluc",
                "nathalie",
                "annesophie",
                "francois",
                "olivier");
        attended(meeting, day, AttendanceStatus.PRESENT, "14:25", "17:30", "karim");
        attended(meeting, day, AttendanceStatus.REMOTE, "14:00", "16:00", "emilie");
        attended(meeting, day, AttendanceStatus.EXCUSED, null, null, "sophie");
        attended(meeting, day, AttendanceStatus.ABSENT, null, null, "camille");
        em.flush();
        InterestDecision recusal = new InterestDecision(continuity, people.get("francois"));
        recusal.decide(
                DecisionOutcome.RECUSED,
                "Financement de recherche Medtronic terminé en 2018 (exemple fictif).",
                "secretariat",
                at(2019, 9, 10));
        em.persist(recusal);
    }

    /** Invented declarations of interests (illustrative, like all the demo): one old tie with the manufacturer, one elsewhere. */
    private void declarations() {
        em.persist(new DeclaredInterest(
                people.get("francois"),
                organisations.get("MDT"),
                null,
                InterestNature.RESEARCH_FUNDING,
                "Exemple fictif : financement d'une étude clinique sur les pompes implantables, investigateur principal.",
                LocalDate.of(2014, 1, 1),
                LocalDate.of(2018, 6, 30)));
        em.persist(new DeclaredInterest(
                people.get("olivier"),
                null,
                "Laboratoire Glycémia (fictif)",
                InterestNature.CONSULTANCY,
                "Exemple fictif : conseil scientifique sur un capteur de glucose.",
                LocalDate.of(2017, 3, 1),
                null));
    }

    /** October 2019: the regulator hears the patient associations alone; minutes still in review (DemoMinutes). */
    private void patientsMeeting() {
        Meeting meeting = meeting(
                "Échange avec les associations de patients porteurs de pompe implantée",
                "Recueillir les questions des patients après la réunion du 12 septembre et préparer l'information à leur adresser.",
                LocalDateTime.of(2019, 10, 8, 17, 0),
                LocalDateTime.of(2019, 10, 8, 18, 30),
                MeetingFormat.REMOTE,
                "https://visio.example.org/concerto-demo-associations");
        invite(meeting, MeetingRole.CHAIR, "julien");
        invite(meeting, MeetingRole.SECRETARIAT, "claire");
        invite(meeting, MeetingRole.PARTICIPANT, "mariet", "jeanluc", "nathalie", "karim");
        item(
                meeting,
                "Questions des patients après la réunion du 12 septembre",
                null,
                AgendaItemKind.DISCUSSION,
                45,
                null,
                "UDIT");
        item(
                meeting,
                "Projet de lettre d'information aux patients porteurs",
                null,
                AgendaItemKind.CONSULTATION,
                30,
                "julien",
                null);
        meeting.convene(at(2019, 9, 25));
        meeting.markHeld(at(2019, 10, 8, 19));
    }

    /** A follow-up still to come (three weeks from the day the demo was loaded), already convened. */
    private void followUpMeeting() {
        LocalDate day = LocalDate.now(clock.withZone(Zones.DEFAULT))
                .plusWeeks(3)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Meeting meeting = meeting(
                "Suivi des patients porteurs de la pompe MIP : point d'étape",
                "Suivre les engagements pris le 12 septembre 2019 : continuité des consommables, reprise de l'activité, "
                        + "accompagnement des patients.",
                day.atTime(14, 0),
                day.atTime(16, 0),
                MeetingFormat.HYBRID,
                "https://visio.example.org/concerto-demo-suivi");
        invite(meeting, MeetingRole.CHAIR, "helene");
        invite(meeting, MeetingRole.SECRETARIAT, "claire");
        invite(meeting, MeetingRole.PARTICIPANT, "thomas", "laurent", "mariet", "nathalie");
        invite(meeting, MeetingRole.EXPERT, "annesophie", "olivier");
        item(
                meeting,
                "Revue des actions décidées le 12 septembre 2019",
                null,
                AgendaItemKind.INFORMATION,
                30,
                "claire",
                null);
        item(
                meeting,
                "Reprise de l'activité par un autre industriel : état des démarches",
                null,
                AgendaItemKind.INFORMATION,
                30,
                "thomas",
                null);
        item(
                meeting,
                "Suivi des patients et des centres implanteurs",
                null,
                AgendaItemKind.DISCUSSION,
                45,
                null,
                "EVADIAC");
        meeting.convene(clock);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private void organisation(String key, String name, String acronym, StakeholderCategory category) {
        Organisation organisation = new Organisation(name, acronym, category);
        em.persist(organisation);
        organisations.put(key, organisation);
    }

    private void person(
            String key, String first, String last, String organisationKey, String jobTitle, Language language) {
        String email = (first + "." + last)
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[éèê]", "e")
                        .replace("ç", "c")
                        .replace("ï", "i")
                + "@demo.concerto.example";
        Person person = new Person(first, last, email, language, organisations.get(organisationKey));
        person.describeRole(jobTitle);
        em.persist(person);
        people.put(key, person);
    }

    private void account(String login, String personKey, Role role) {
        // The personas share the published demo password: one hash, computed for the first of them.
        UserAccount account = firstAccount == null
                ? new UserAccount(login, PASSWORD.toCharArray(), people.get(personKey), EnumSet.of(role))
                : UserAccount.withPasswordOf(firstAccount, login, people.get(personKey), EnumSet.of(role));
        if (firstAccount == null) {
            firstAccount = account;
        }
        em.persist(account);
    }

    private Meeting meeting(
            String title, String purpose, LocalDateTime start, LocalDateTime end, MeetingFormat format, String link) {
        Meeting meeting = new Meeting(
                title,
                "Pompe à insuline implantable MiniMed 2007D (MIP) – Medtronic",
                new Schedule(
                        start.atZone(Zones.DEFAULT).toInstant(),
                        end.atZone(Zones.DEFAULT).toInstant()),
                format,
                format.needsVenue() ? "ANSM, " + Settings.regulatorAddress() : null,
                link);
        meeting.describe(title, purpose, meeting.getSubject());
        meeting.markIllustrative();
        em.persist(meeting);
        return meeting;
    }

    private void invite(Meeting meeting, MeetingRole role, String... personKeys) {
        for (String key : personKeys) {
            meeting.invite(people.get(key), role);
        }
    }

    /** Invented attendance: who came to a held demo meeting, and when (times of day in Paris). */
    private void attended(
            Meeting meeting,
            Clock day,
            AttendanceStatus status,
            String arrival,
            String departure,
            String... personKeys) {
        for (String key : personKeys) {
            Invitation invitation = meeting.getInvitations().stream()
                    .filter(i -> i.getPerson().equals(people.get(key)))
                    .findFirst()
                    .orElseThrow();
            invitation.recordAttendance(
                    status,
                    arrival == null ? null : meeting.onMeetingDay(LocalTime.parse(arrival)),
                    departure == null ? null : meeting.onMeetingDay(LocalTime.parse(departure)),
                    day);
        }
    }

    private AgendaItem item(
            Meeting meeting,
            String title,
            String description,
            AgendaItemKind kind,
            int minutes,
            String presenterKey,
            String organisationKey) {
        AgendaItem item = new AgendaItem(title, description, kind, minutes);
        item.presentedBy(
                presenterKey == null ? null : people.get(presenterKey),
                organisationKey == null ? null : organisations.get(organisationKey));
        return meeting.addAgendaItem(item);
    }

    private static Clock at(int year, int month, int day) {
        return at(year, month, day, 9);
    }

    /** The demo replays history: each step happens at the date it happened, in Paris. */
    private static Clock at(int year, int month, int day, int hour) {
        ZonedDateTime when = ZonedDateTime.of(year, month, day, hour, 0, 0, 0, Zones.DEFAULT);
        return Clock.fixed(when.toInstant(), Zones.DEFAULT);
    }
}
