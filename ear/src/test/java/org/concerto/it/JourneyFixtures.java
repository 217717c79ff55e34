package org.concerto.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concerto.contribution.Contribution;
import org.concerto.contribution.Disclosure;
import org.concerto.contribution.Statement;
import org.concerto.contribution.VersionKind;
import org.concerto.contribution.Visibility;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.Schedule;
import org.concerto.minutes.Minutes;
import org.concerto.minutes.MinutesArchive;
import org.concerto.minutes.SectionText;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.participant.StakeholderCategory;
import org.concerto.security.UserAccount;
import org.concerto.shared.Role;

/**
 * The worlds of the browser journeys and HTTP tests, which run as clients and reach this bean through
 * {@link FixtureServlet}: each call builds a new world with unique names (so a journey finds its own meeting
 * and never meets another's, nor the demo's) and answers what the client needs to know of it, as strings.
 * Every account's password is {@link Fixtures#PASSWORD}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JourneyFixtures {

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private org.concerto.files.UploadInspection uploads;

    /** The scenario of that name, or null if there is none. */
    public Map<String, String> create(String scenario) {
        return switch (scenario) {
            case "convening" -> convening();
            case "minutes" -> minutes();
            case "founding" -> founding();
            case "policy" -> policy();
            case "secretariat" -> secretariat();
            case "participant" -> participant();
            case "consultation" -> consultation();
            case "locked" -> locked();
            case "secondFactor" -> secondFactor();
            case "preparation" -> preparation();
            case "contributions" -> contributions();
            case "published" -> published();
            case "hostile" -> hostile();
            default -> null;
        };
    }

    /**
     * A secretary, and a meeting convened ten days ahead whose invitees have not answered: a patient
     * representative (with an account, in a patient association) and a professional.
     */
    private Map<String, String> convening() {
        Map<String, String> world = new LinkedHashMap<>();
        world.put("secretariat", account(null, Role.SECRETARIAT));
        Person patient = person(
                "Marie-Thérèse", Fixtures.unique("Lambert"), organisation(StakeholderCategory.PATIENT_ASSOCIATION));
        Person professional = person(
                "Anne-Sophie", Fixtures.unique("Rousseau"), organisation(StakeholderCategory.HEALTH_PROFESSIONAL_BODY));
        Instant start = Instant.now().plus(Duration.ofDays(10));
        Meeting meeting = meeting(Fixtures.unique("Suivi des patients porteurs de pompe"), start);
        meeting.invite(patient, MeetingRole.PARTICIPANT);
        meeting.invite(professional, MeetingRole.EXPERT);
        meeting.convene(Clock.systemUTC());
        em.persist(meeting);
        em.flush();
        world.put("patient", account(patient, Role.PARTICIPANT));
        world.put("patientName", patient.getFirstName() + " " + patient.getLastName());
        world.put("patientEmail", patient.getEmail());
        world.put("meeting", meeting.getTitle());
        world.put("meetingId", String.valueOf(meeting.getId()));
        return world;
    }

    /**
     * A secretary, and a meeting held three hours ago whose draft minutes are in review for three weeks, its
     * first item drafted; a patient representative with an account was invited and came, and agreed to be named.
     */
    private Map<String, String> minutes() {
        Map<String, String> world = new LinkedHashMap<>();
        world.put("secretariat", account(null, Role.SECRETARIAT));
        Person patient = person(
                "Marie-Thérèse", Fixtures.unique("Lambert"), organisation(StakeholderCategory.PATIENT_ASSOCIATION));
        patient.consentToPublicName(true);
        Instant start = Instant.now().minus(Duration.ofHours(3));
        Meeting meeting = new Meeting(
                Fixtures.unique("Échange avec les associations de patients"),
                "Pompe implantable (test)",
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.REMOTE,
                null,
                "https://visio.example.org/journey");
        String item = Fixtures.unique("Questions des patients après la réunion");
        meeting.addAgendaItem(new AgendaItem(item, null, AgendaItemKind.DISCUSSION, 45));
        meeting.addAgendaItem(
                new AgendaItem("Projet de lettre d'information aux patients", null, AgendaItemKind.CONSULTATION, 30));
        meeting.invite(patient, MeetingRole.PARTICIPANT);
        meeting.convene(Clock.fixed(start.minus(Duration.ofDays(10)), ZoneOffset.UTC));
        Clock after = Clock.fixed(start.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        meeting.markHeld(after);
        meeting.getInvitations()
                .forEach(i -> i.recordAttendance(org.concerto.meeting.AttendanceStatus.PRESENT, null, null, after));
        em.persist(meeting);
        em.flush();
        inReview(meeting);
        world.put("patient", account(patient, Role.PARTICIPANT));
        world.put("patientName", patient.getFirstName() + " " + patient.getLastName());
        world.put("meeting", meeting.getTitle());
        world.put("meetingId", String.valueOf(meeting.getId()));
        world.put("item", item);
        return world;
    }

    /**
     * An account in this transaction (Fixtures' own starts a new one, which would not see the person yet), whose
     * login is returned.
     */
    private String account(Person person, Role role) {
        String login = Fixtures.unique("user").toLowerCase();
        em.persist(Fixtures.newAccount(login, person, role));
        return login;
    }

    /**
     * A case like the demo's founding one, of its own: a meeting held yesterday on a device of a manufacturer,
     * two of whose items concern it, and its convened follow-up in ten days (same series, same invitees).
     * Invited: a patient representative (present), a health professional (expert), the manufacturer's contact
     * (who reads English), all three with accounts, and Sophie Girard and Karim Benali without one, whose roll
     * is not taken yet. The secretary has a person of the regulator, so that their name shows in histories.
     */
    private Map<String, String> founding() {
        Map<String, String> world = new LinkedHashMap<>();
        Person secretary = person("Claire", Fixtures.unique("Martin"), organisation(StakeholderCategory.REGULATOR));
        Organisation maker = organisation(StakeholderCategory.MANUFACTURER);
        Organisation patients = organisation(StakeholderCategory.PATIENT_ASSOCIATION);
        Person patient = person("Marie-Thérèse", Fixtures.unique("Lambert"), patients);
        Person professional = person(
                "Anne-Sophie", Fixtures.unique("Rousseau"), organisation(StakeholderCategory.HEALTH_PROFESSIONAL_BODY));
        Person manufacturer = person("Thomas", Fixtures.unique("Bernard"), maker);
        manufacturer.preferLanguage(org.concerto.participant.Language.EN);
        Person sophie = person("Sophie", "Girard", patients);
        Person karim = person("Karim", "Benali", patients);

        Instant start = Instant.now().minus(Duration.ofDays(1));
        Meeting founding = meeting(
                Fixtures.unique("Arrêt de fabrication d'une pompe implantable : réflexion partagée"), start, List.of());
        founding.addAgendaItem(
                new AgendaItem("Accueil et objectifs de la réunion", null, AgendaItemKind.INFORMATION, 10));
        AgendaItem situation = founding.addAgendaItem(
                new AgendaItem("Point de situation : arrêt de fabrication", null, AgendaItemKind.INFORMATION, 20));
        AgendaItem continuity = founding.addAgendaItem(
                new AgendaItem("Engagements de continuité : consommables", null, AgendaItemKind.DISCUSSION, 30));
        founding.addAgendaItem(
                new AgendaItem("Suites à donner et prochaines étapes", null, AgendaItemKind.DECISION, 20));
        situation.concern(List.of(maker));
        continuity.concern(List.of(maker));
        founding.invite(patient, MeetingRole.PARTICIPANT);
        founding.invite(manufacturer, MeetingRole.PARTICIPANT);
        founding.invite(sophie, MeetingRole.PARTICIPANT);
        founding.invite(karim, MeetingRole.PARTICIPANT);
        founding.invite(professional, MeetingRole.EXPERT);
        founding.convene(Clock.fixed(start.minus(Duration.ofDays(10)), ZoneOffset.UTC));
        Clock after = Clock.fixed(start.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        founding.markHeld(after);
        founding.getInvitations().stream()
                .filter(i -> i.getPerson() == patient)
                .forEach(i -> i.recordAttendance(org.concerto.meeting.AttendanceStatus.PRESENT, null, null, after));
        em.persist(founding);

        Instant next = Instant.now().plus(Duration.ofDays(10));
        Meeting followUp = founding.followUp(new Schedule(next, next.plus(Duration.ofHours(2))));
        followUp.describe(
                Fixtures.unique("Suivi des patients porteurs de la pompe : point d'étape"),
                null,
                followUp.getSubject());
        followUp.addAgendaItem(
                new AgendaItem("Suivi des patients et des centres implanteurs", null, AgendaItemKind.DISCUSSION, 45));
        followUp.convene(Clock.systemUTC());
        em.persist(followUp);
        em.flush();

        world.put("secretariat", account(secretary, Role.SECRETARIAT));
        world.put("secretariatName", name(secretary));
        world.put("patient", account(patient, Role.PARTICIPANT));
        world.put("patientName", name(patient));
        world.put("patientFirstName", patient.getFirstName());
        world.put("professional", account(professional, Role.PARTICIPANT));
        world.put("professionalName", name(professional));
        world.put("manufacturer", account(manufacturer, Role.PARTICIPANT));
        world.put("manufacturerName", name(manufacturer));
        world.put("manufacturerOrganisation", maker.getName());
        world.put("otherNames", name(professional) + "|" + name(manufacturer));
        world.put("meeting", founding.getTitle());
        world.put("meetingId", String.valueOf(founding.getId()));
        world.put("followUp", followUp.getTitle());
        world.put("followUpId", String.valueOf(followUp.getId()));
        world.put(
                "date",
                java.time.LocalDate.ofInstant(start, org.concerto.shared.Zones.DEFAULT)
                        .toString());
        return world;
    }

    /**
     * The founding case, whose held meeting also has draft minutes in review and an open action item for the
     * manufacturer: every page of the later features has something to show.
     */
    private Map<String, String> policy() {
        Map<String, String> world = founding();
        Meeting meeting = em.find(Meeting.class, Long.valueOf(world.get("meetingId")));
        inReview(meeting);
        Person owner = em.createQuery("select a.person from UserAccount a where a.login = :login", Person.class)
                .setParameter("login", world.get("manufacturer"))
                .getSingleResult();
        org.concerto.action.ActionItem action = new org.concerto.action.ActionItem(
                meeting,
                meeting.getAgenda().get(2),
                Fixtures.unique("Transmettre le bilan des stocks"),
                owner,
                owner.getOrganisation(),
                java.time.LocalDate.now(org.concerto.shared.Zones.DEFAULT).plusDays(10),
                org.concerto.action.ActionPriority.values()[0],
                new org.concerto.action.Actor("fixtures", "Fixtures"),
                Clock.systemUTC());
        em.persist(action);
        // A restricted consultation the manufacturer is invited to, open, and a public one, with every kind of
        // question.
        java.time.Instant now = java.time.Instant.now();
        org.concerto.consultation.Consultation restricted = consultation(
                Fixtures.unique("Consultation restreinte"), org.concerto.consultation.Audience.RESTRICTED, now);
        restricted.invite(List.of(owner));
        restricted.publish(now);
        em.persist(restricted);
        org.concerto.consultation.Consultation open =
                consultation(Fixtures.unique("Consultation publique"), org.concerto.consultation.Audience.PUBLIC, now);
        open.publish(now);
        em.persist(open);
        em.flush();
        world.put("actionId", String.valueOf(action.getId()));
        world.put("consultationId", String.valueOf(restricted.getId()));
        world.put("publicConsultationId", String.valueOf(open.getId()));
        return world;
    }

    private static org.concerto.consultation.Consultation consultation(
            String title, org.concerto.consultation.Audience audience, java.time.Instant now) {
        org.concerto.consultation.Consultation consultation = new org.concerto.consultation.Consultation(
                title,
                "Les besoins des patients pour la transition.",
                "<p>Le contexte, <strong>en bref</strong>.</p>",
                audience,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(20)),
                "fixtures",
                now);
        String[][] questions = {
            {"FREE_TEXT", "Quelles difficultés prévoyez-vous ?", null},
            {"SINGLE_CHOICE", "Quelle pompe utilisez-vous ?", "MiniMed 2007D\nAutre pompe"},
            {"MULTIPLE_CHOICE", "Quelles solutions envisagez-vous ?", "Pompe externe\nMulti-injections"},
            {"AGREEMENT_SCALE", "Le calendrier est réaliste.", null}
        };
        for (String[] q : questions) {
            org.concerto.consultation.QuestionDraft draft = new org.concerto.consultation.QuestionDraft();
            draft.setKind(org.concerto.consultation.QuestionKind.valueOf(q[0]));
            draft.setText(q[1]);
            draft.setOptions(q[2]);
            draft.setRequired(true);
            consultation.addQuestion(draft);
        }
        return consultation;
    }

    /**
     * The minutes case, whose minutes are then approved (sealed PDFs archived, as the service does) and published:
     * anyone may download their public copy.
     */
    private Map<String, String> published() {
        Map<String, String> world = minutes();
        Meeting meeting = em.find(Meeting.class, Long.valueOf(world.get("meetingId")));
        Minutes minutes = em.createQuery("select m from Minutes m where m.meeting = :meeting", Minutes.class)
                .setParameter("meeting", meeting)
                .getSingleResult();
        Clock now = Clock.systemUTC();
        minutes.approve("Fixtures", 0, now);
        new MinutesArchive(em, now).approved(minutes, null, "Fixtures");
        minutes.publish(now);
        em.flush();
        return world;
    }

    /** Draft minutes of a held meeting, their first item written, sent for review for three weeks. */
    private void inReview(Meeting meeting) {
        Minutes minutes = Minutes.draftFor(meeting);
        em.persist(minutes);
        em.flush();
        Clock drafting = Clock.fixed(meeting.getSchedule().getEndsAt().plus(Duration.ofMinutes(30)), ZoneOffset.UTC);
        minutes.getSections()
                .get(0)
                .write(
                        new SectionText("Premier jet du secrétariat.", List.of(), null, null, null, null, null, null),
                        "Fixtures",
                        drafting);
        minutes.openReview(Instant.now().plus(Duration.ofDays(21)), drafting);
        new MinutesArchive(em, drafting).snapshot(minutes, Minutes.Stage.IN_REVIEW, null, "Fixtures");
    }

    /** A secretary of their own, with a person of the regulator. */
    private Map<String, String> secretariat() {
        Person secretary = person("Claire", Fixtures.unique("Martin"), organisation(StakeholderCategory.REGULATOR));
        Map<String, String> world = new LinkedHashMap<>();
        world.put("secretariat", account(secretary, Role.SECRETARIAT));
        world.put("secretariatName", name(secretary));
        return world;
    }

    /**
     * A secretary, and a meeting whose action items are described by the {@code export} lines of the hostile-input
     * corpus ({@code hostile-input.tsv}), each followed by a marker of this world, so that the action list's text filter
     * shows them alone.
     */
    private Map<String, String> hostile() {
        Map<String, String> world = secretariat();
        String marker = Fixtures.unique("corpus").toLowerCase();
        Person owner = person("Thomas", Fixtures.unique("Bernard"), organisation(StakeholderCategory.MANUFACTURER));
        Meeting meeting =
                meeting(Fixtures.unique("Corpus hostile"), Instant.now().plus(Duration.ofDays(20)));
        em.persist(meeting);
        em.flush();
        for (String description : HostileCorpus.exportedDescriptions()) {
            em.persist(new org.concerto.action.ActionItem(
                    meeting,
                    null,
                    description + " " + marker,
                    owner,
                    null,
                    java.time.LocalDate.now(org.concerto.shared.Zones.DEFAULT).plusDays(10),
                    org.concerto.action.ActionPriority.NORMAL,
                    new org.concerto.action.Actor("fixtures", "Fixtures"),
                    Clock.systemUTC()));
        }
        em.flush();
        world.put("marker", marker);
        world.put("meetingId", String.valueOf(meeting.getId()));
        return world;
    }

    /** A participant of a patient association, invited nowhere. */
    private Map<String, String> participant() {
        Person patient = person(
                "Marie-Thérèse", Fixtures.unique("Lambert"), organisation(StakeholderCategory.PATIENT_ASSOCIATION));
        Map<String, String> world = new LinkedHashMap<>();
        world.put("participant", account(patient, Role.PARTICIPANT));
        world.put("participantName", name(patient));
        return world;
    }

    /** A secretary and a patient representative of the directory, for a consultation the journey builds itself. */
    private Map<String, String> consultation() {
        Map<String, String> world = secretariat();
        Person patient =
                person("Louise", Fixtures.unique("Garnier"), organisation(StakeholderCategory.PATIENT_ASSOCIATION));
        world.put("participant", account(patient, Role.PARTICIPANT));
        world.put("participantName", name(patient));
        world.put("participantEmail", patient.getEmail());
        return world;
    }

    /** A participant with a second factor turned on; the world holds its key ("secret", Base32). */
    private Map<String, String> secondFactor() {
        Map<String, String> world = participant();
        UserAccount account = em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                .setParameter("login", world.get("participant"))
                .getSingleResult();
        String secret = org.concerto.security.Totp.newSecret();
        long step = new org.concerto.security.Totp(Clock.systemUTC()).currentStep();
        account.enrolSecondFactor(secret, step - 2, java.util.Set.of());
        world.put("secret", secret);
        return world;
    }

    /** A participant whose account failures from many addresses have just locked (as a distributed guessing would). */
    private Map<String, String> locked() {
        Map<String, String> world = participant();
        UserAccount account = em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                .setParameter("login", world.get("participant"))
                .getSingleResult();
        Instant now = Instant.now();
        while (!account.isLocked(now)) {
            account.loginFailed(
                    now,
                    org.concerto.security.AccountSettings.maxFailures(),
                    org.concerto.security.AccountSettings.lockDuration());
        }
        return world;
    }

    /**
     * A secretary, two organisations of two members each (none with an account), and a held meeting with an
     * open action item, in a series of its own, for a new meeting to join.
     */
    private Map<String, String> preparation() {
        Map<String, String> world = secretariat();
        Organisation patients = organisation(StakeholderCategory.PATIENT_ASSOCIATION);
        Organisation doctors = organisation(StakeholderCategory.HEALTH_PROFESSIONAL_BODY);
        person("Karim", "Benali", patients);
        Person nathalie = person("Nathalie", "Roux", patients);
        person("Camille", "Faure", doctors);
        person("Olivier", "Mercier", doctors);
        Instant start = Instant.now().minus(Duration.ofDays(30));
        Meeting founding = meeting(Fixtures.unique("Arrêt de fabrication : réflexion partagée"), start);
        founding.invite(nathalie, MeetingRole.PARTICIPANT);
        founding.convene(Clock.fixed(start.minus(Duration.ofDays(10)), ZoneOffset.UTC));
        founding.markHeld(Clock.fixed(start.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        founding.seriesKey();
        em.persist(founding);
        em.flush();
        String what = Fixtures.unique("Confirmer par écrit la disponibilité des consommables");
        em.persist(new org.concerto.action.ActionItem(
                founding,
                founding.getAgenda().get(1),
                what,
                nathalie,
                patients,
                java.time.LocalDate.now(org.concerto.shared.Zones.DEFAULT).plusDays(10),
                org.concerto.action.ActionPriority.values()[0],
                new org.concerto.action.Actor("fixtures", "Fixtures"),
                Clock.systemUTC()));
        world.put("patients", patients.getName());
        world.put("doctors", doctors.getName());
        world.put("nathalieEmail", nathalie.getEmail());
        world.put("seriesMeeting", founding.getTitle());
        world.put("openAction", what);
        return world;
    }

    /**
     * The founding case with draft minutes in review and contributions accepted and distributed, as the demo's:
     * the patient's position (for participants, with {@code position-AVPI-2019-09.docx}), the experts' feedback
     * (public, no file) and the manufacturer's confidential one (secretariat only, with
     * {@code takeover-search-confidential.docx} and a redacted public version). Also a preparatory meeting to which
     * only the professional is invited, with an accepted contribution of theirs carrying {@code calendrier-MIP.docx}.
     */
    private Map<String, String> contributions() {
        Map<String, String> world = founding();
        Meeting founding = em.find(Meeting.class, Long.valueOf(world.get("meetingId")));
        inReview(founding);
        Person patient = personOf(world.get("patient"));
        Person professional = personOf(world.get("professional"));
        Person manufacturer = personOf(world.get("manufacturer"));
        Instant when = Instant.now().minus(Duration.ofDays(5));

        Contribution patients = contribution(
                founding,
                founding.getAgenda().get(1),
                patient,
                "Position de l'AVPI : continuité de traitement pour les patients porteurs",
                Visibility.PARTICIPANTS,
                when);
        version(
                patients,
                VersionKind.MAIN,
                "<p>L'association demande un interlocuteur unique.</p>",
                new Disclosure(true, null),
                when,
                List.of(docx(
                        "position-AVPI-2019-09.docx",
                        "Position de l'AVPI (exemple fictif)",
                        "Continuité des consommables jusqu'à la fin de vie des pompes implantées.")));
        accepted(patients, when);

        Contribution experts = contribution(
                founding,
                founding.getAgenda().get(2),
                professional,
                "Retour d'expérience des centres EVADIAC",
                Visibility.PUBLIC,
                when);
        version(
                experts,
                VersionKind.MAIN,
                "<p>Les centres proposent un registre commun de suivi.</p>",
                new Disclosure(false, "Participation à des congrès."),
                when,
                List.of());
        accepted(experts, when);

        Contribution confidential = contribution(
                founding,
                founding.getAgenda().get(1),
                manufacturer,
                "Status of the search for a company to take over the activity",
                Visibility.SECRETARIAT,
                when);
        version(
                confidential,
                VersionKind.MAIN,
                "<p>Confidential: names of the companies contacted.</p>",
                new Disclosure(false, "The author is employed by the manufacturer."),
                when,
                List.of(docx(
                        "takeover-search-confidential.docx",
                        "Takeover search (illustrative)",
                        "Confidential list of contacted companies.")));
        version(
                confidential,
                VersionKind.PUBLIC_REDACTED,
                "<p>The manufacturer is in discussion with several companies.</p>",
                new Disclosure(false, "The author is employed by the manufacturer."),
                when,
                List.of());
        accepted(confidential, when);

        Instant start = Instant.now().plus(Duration.ofDays(20));
        Meeting preparatory = meeting(Fixtures.unique("Réunion préparatoire"), start);
        preparatory.invite(professional, MeetingRole.EXPERT);
        preparatory.convene(Clock.systemUTC());
        em.persist(preparatory);
        em.flush();
        Contribution timetable = contribution(
                preparatory,
                preparatory.getAgenda().get(0),
                professional,
                "Calendrier de disponibilité de la pompe",
                Visibility.PARTICIPANTS,
                Instant.now());
        version(
                timetable,
                VersionKind.MAIN,
                null,
                new Disclosure(true, null),
                Instant.now(),
                List.of(docx(
                        "calendrier-MIP.docx",
                        "Calendrier de disponibilité (exemple fictif)",
                        "Disponibilité de la pompe.")));
        accepted(timetable, Instant.now());
        em.flush();
        world.put("preparatory", preparatory.getTitle());
        world.put("preparatoryId", String.valueOf(preparatory.getId()));
        return world;
    }

    private Person personOf(String login) {
        return em.createQuery("select a.person from UserAccount a where a.login = :login", Person.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    private Contribution contribution(
            Meeting meeting, AgendaItem item, Person author, String title, Visibility visibility, Instant when) {
        Contribution contribution =
                new Contribution(meeting, item, author, author.getOrganisation(), title, visibility, when);
        em.persist(contribution);
        return contribution;
    }

    private static void version(
            Contribution contribution,
            VersionKind kind,
            String html,
            Disclosure disclosure,
            Instant when,
            List<org.concerto.files.StoredFile> files) {
        contribution
                .addVersion(kind, Statement.of(html), disclosure, "fixtures", when, false)
                .attach(files);
    }

    private static void accepted(Contribution contribution, Instant when) {
        contribution.accept(null, "secretariat", when);
        contribution.markDistributed(when);
    }

    /** A small real DOCX (WordprocessingML), checked and kept like any upload. */
    private org.concerto.files.StoredFile docx(String name, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                    .append(paragraph.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</w:t></w:r></w:p>");
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" "
                            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                            + "Target=\"word/document.xml\"/></Relationships>");
            entry(
                    zip,
                    "word/document.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                            + body
                            + "</w:body></w:document>");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return uploads.accept(
                new java.io.ByteArrayInputStream(bytes.toByteArray()), name, org.concerto.files.FileKind.DOCUMENTS);
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String content)
            throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String name(Person person) {
        return person.getFirstName() + " " + person.getLastName();
    }

    private Organisation organisation(StakeholderCategory category) {
        Organisation organisation = new Organisation(Fixtures.unique("Association"), null, category);
        em.persist(organisation);
        return organisation;
    }

    private Person person(String firstName, String lastName, Organisation organisation) {
        Person person = new Person(
                firstName,
                lastName,
                Fixtures.unique("journey").toLowerCase() + "@it.concerto.example",
                org.concerto.participant.Language.FR,
                organisation);
        em.persist(person);
        em.flush();
        return person;
    }

    private static Meeting meeting(String title, Instant start) {
        return meeting(
                title,
                start,
                List.of(
                        new AgendaItem("Revue des actions", null, AgendaItemKind.INFORMATION, 30),
                        new AgendaItem("Suivi des patients", null, AgendaItemKind.DISCUSSION, 45)));
    }

    private static Meeting meeting(String title, Instant start, List<AgendaItem> agenda) {
        Meeting meeting = new Meeting(
                title,
                "Pompe implantable (test)",
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 1",
                null);
        agenda.forEach(meeting::addAgendaItem);
        return meeting;
    }
}
