package org.concerto.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.concerto.interest.DeclaredInterest;
import org.concerto.mail.DeliveryState;
import org.concerto.mail.Outbox;
import org.concerto.mail.OutgoingMail;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.InvitationResponse;
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

/**
 * Each test makes its own data, committed in its own transaction, with unique names so that tests
 * never depend on each other or on the demo.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Fixtures {

    public static final String PASSWORD = "fixture-password-1";

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private Outbox outbox;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Long organisation(StakeholderCategory category) {
        Organisation organisation = new Organisation(unique("Organisation"), null, category);
        em.persist(organisation);
        return organisation.getId();
    }

    public Long person(String firstName, String lastName, Long organisationId) {
        Person person = new Person(
                firstName,
                lastName,
                unique("person").toLowerCase() + "@it.concerto.example",
                Language.FR,
                organisationId == null ? null : em.find(Organisation.class, organisationId));
        em.persist(person);
        return person.getId();
    }

    /** An account for the person, whose login is returned; its password is {@link #PASSWORD}. */
    public String account(Long personId, Role role) {
        String login = unique("user").toLowerCase();
        em.persist(newAccount(login, personId == null ? null : em.find(Person.class, personId), role));
        return login;
    }

    /** Never saved: it holds the one bcrypt hash of {@link #PASSWORD} that every account of the tests shares. */
    private static UserAccount passwordHolder;

    /**
     * A new account whose password is {@link #PASSWORD}, without a bcrypt computation of its own (a quarter of a
     * second each, hundreds of accounts per suite): it shares the hash of {@link #passwordHolder}.
     */
    static synchronized UserAccount newAccount(String login, Person person, Role role) {
        if (passwordHolder == null) {
            passwordHolder = new UserAccount("password-holder", PASSWORD.toCharArray(), null, EnumSet.of(role));
        }
        return UserAccount.withPasswordOf(passwordHolder, login, person, EnumSet.of(role));
    }

    /** A draft meeting a week from now, with a two-item agenda and the given invitees as participants. */
    public Long meeting(String title, Long... inviteeIds) {
        Instant start = Instant.now().plus(Duration.ofDays(7));
        Meeting meeting = new Meeting(
                title,
                "Dispositif de test",
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 1",
                null);
        meeting.addAgendaItem(new AgendaItem("Ouverture", null, AgendaItemKind.INFORMATION, 15));
        meeting.addAgendaItem(new AgendaItem("Discussion générale", null, AgendaItemKind.DISCUSSION, 60));
        for (Long id : inviteeIds) {
            meeting.invite(em.find(Person.class, id), MeetingRole.PARTICIPANT);
        }
        em.persist(meeting);
        return meeting.getId();
    }

    /** A meeting convened for today (it began a minute ago): the secretariat can take the roll. */
    public Long meetingToday(String title, Long... inviteeIds) {
        Long id = meeting(title, inviteeIds);
        Meeting meeting = em.find(Meeting.class, id);
        Instant start = Instant.now().minus(Duration.ofMinutes(1));
        meeting.revise(
                title,
                null,
                "Dispositif de test",
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 1",
                null,
                null);
        meeting.convene(java.time.Clock.fixed(start.minus(Duration.ofDays(1)), java.time.ZoneOffset.UTC));
        return id;
    }

    /** A person who reads their mails in the given language. */
    public Long person(String firstName, String lastName, Long organisationId, Language language) {
        Long id = person(firstName, lastName, organisationId);
        em.find(Person.class, id).preferLanguage(language);
        return id;
    }

    public String email(Long personId) {
        return em.find(Person.class, personId).getEmail();
    }

    /** The meeting's version, as the meeting page would carry it. */
    public long version(Long meetingId) {
        return em.find(Meeting.class, meetingId).getVersion();
    }

    public String calendarUid(Long meetingId) {
        return em.find(Meeting.class, meetingId).calendarUid();
    }

    private Invitation invitation(Long meetingId, Long personId) {
        return em.createQuery(
                        "select i from Invitation i where i.meeting.id = :m and i.person.id = :p", Invitation.class)
                .setParameter("m", meetingId)
                .setParameter("p", personId)
                .getSingleResult();
    }

    /** The token of the person's answer link, as their notice carries it. */
    public String answerToken(Long meetingId, Long personId) {
        return invitation(meetingId, personId).answerToken();
    }

    public InvitationResponse response(Long meetingId, Long personId) {
        return invitation(meetingId, personId).getResponse();
    }

    /** A plain mail posted to the outbox, as any service would. */
    public void mail(String recipient, String subject) {
        outbox.enqueue(new OutgoingMail(recipient, Language.FR, subject, "Corps du message", "<p>Corps du message</p>")
                .attach(
                        "note.txt",
                        "text/plain; charset=UTF-8",
                        "pièce jointe".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The delivery states of the outbox's mails to that address, oldest first. */
    public List<DeliveryState> outboxStates(String recipient) {
        return em.createQuery(
                        "select m.state from OutboxMail m where m.recipient = :r order by m.createdAt, m.id",
                        DeliveryState.class)
                .setParameter("r", recipient)
                .getResultList();
    }

    /** The last error kept for the newest mail to that address. */
    public String lastError(String recipient) {
        return em.createQuery(
                        "select m.lastError from OutboxMail m where m.recipient = :r order by m.createdAt desc, m.id desc",
                        String.class)
                .setParameter("r", recipient)
                .setMaxResults(1)
                .getSingleResult();
    }

    // --- permission matrix: one meeting with one persona per role ----------------------

    /**
     * The permission matrix's world (see {@link MatrixWorld}): a meeting convened for today (it began a
     * minute ago) with a chair, a participant, an expert and an observer, each with an account, a fellow
     * invitee without one and an uninvited colleague of theirs; a secretary and an outsider who are not
     * invited; a draft meeting with the same invitees; another meeting with its own invitee, and one
     * declared interest for everyone. The first item is confidential and concerns a manufacturer the
     * expert works for, so that the expert is flagged on it.
     */
    public MatrixWorld matrixWorld() {
        MatrixWorld world = new MatrixWorld();
        Organisation patients = new Organisation(unique("Association"), null, StakeholderCategory.PATIENT_ASSOCIATION);
        Organisation maker = new Organisation(unique("Fabricant"), null, StakeholderCategory.MANUFACTURER);
        em.persist(patients);
        em.persist(maker);
        world.organisationId = patients.getId();
        for (String persona : MatrixWorld.PERSONAS) {
            Person person = new Person(
                    "Persona",
                    unique(persona),
                    unique(persona).toLowerCase() + "@it.concerto.example",
                    Language.FR,
                    "secretariat".equals(persona) ? null : patients);
            em.persist(person);
            world.personIds.put(persona, person.getId());
            world.logins.put(
                    persona,
                    account(person.getId(), "secretariat".equals(persona) ? Role.SECRETARIAT : Role.PARTICIPANT));
            String tie = unique("Lien " + persona);
            DeclaredInterest interest = new DeclaredInterest(
                    person,
                    "expert".equals(persona) ? maker : null,
                    "expert".equals(persona) ? null : "Laboratoire " + persona,
                    org.concerto.interest.InterestNature.CONSULTANCY,
                    tie,
                    java.time.LocalDate.now().minusYears(1),
                    null);
            em.persist(interest);
            world.interestIds.put(persona, interest.getId());
            world.interestTexts.put(persona, tie);
        }
        Person fellow = new Person(
                "Fellow",
                unique("Invitee"),
                unique("fellow").toLowerCase() + "@it.concerto.example",
                Language.FR,
                patients);
        Person colleague = new Person(
                "Colleague",
                unique("Substitute"),
                unique("colleague").toLowerCase() + "@it.concerto.example",
                Language.FR,
                patients);
        Person stranger = new Person(
                "Stranger",
                unique("Elsewhere"),
                unique("stranger").toLowerCase() + "@it.concerto.example",
                Language.FR,
                maker);
        em.persist(fellow);
        em.persist(colleague);
        em.persist(stranger);
        world.fellowId = fellow.getId();
        world.colleagueId = colleague.getId();
        world.strangerId = stranger.getId();
        world.strangerName = stranger.getDisplayName();
        world.strangerInterestText = unique("Lien stranger");
        DeclaredInterest strangers = new DeclaredInterest(
                stranger,
                maker,
                null,
                org.concerto.interest.InterestNature.EMPLOYMENT,
                world.strangerInterestText,
                java.time.LocalDate.now().minusYears(2),
                null);
        em.persist(strangers);
        world.strangerInterestId = strangers.getId();

        Instant start = Instant.now().minus(Duration.ofMinutes(1));
        world.meetingTitle = unique("Matrice");
        Meeting meeting = new Meeting(
                world.meetingTitle,
                "Dispositif de test",
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 1",
                null);
        AgendaItem confidential = new AgendaItem("Point confidentiel", null, AgendaItemKind.DISCUSSION, 30);
        confidential.markConfidential(true);
        confidential.concern(List.of(maker));
        meeting.addAgendaItem(confidential);
        meeting.addAgendaItem(new AgendaItem("Point ouvert", null, AgendaItemKind.INFORMATION, 15));
        inviteMatrix(meeting, world, fellow);
        em.persist(meeting);
        meeting.convene(java.time.Clock.fixed(start.minus(Duration.ofDays(1)), java.time.ZoneOffset.UTC));
        em.flush();
        world.meetingId = meeting.getId();
        world.confidentialItemId = meeting.getAgenda().get(0).getId();
        world.openItemId = meeting.getAgenda().get(1).getId();
        for (Invitation invitation : meeting.getInvitations()) {
            world.invitationIds.put(invitation.getPerson().getId(), invitation.getId());
        }
        world.answerToken =
                invitation(meeting.getId(), world.personIds.get("participant")).answerToken();

        Instant later = Instant.now().plus(Duration.ofDays(20));
        world.draftTitle = unique("Matrice brouillon");
        Meeting draft = new Meeting(
                world.draftTitle,
                "Dispositif de test",
                new Schedule(later, later.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 2",
                null);
        draft.addAgendaItem(new AgendaItem("Ouverture", null, AgendaItemKind.INFORMATION, 15));
        inviteMatrix(draft, world, fellow);
        em.persist(draft);
        world.draftId = draft.getId();

        world.otherTitle = unique("Matrice autre");
        Meeting other = new Meeting(
                world.otherTitle,
                "Dispositif de test",
                new Schedule(later, later.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 3",
                null);
        AgendaItem otherItem = new AgendaItem("Point d'une autre réunion", null, AgendaItemKind.DISCUSSION, 30);
        otherItem.concern(List.of(maker));
        other.addAgendaItem(otherItem);
        other.invite(stranger, MeetingRole.PARTICIPANT);
        em.persist(other);
        em.flush();
        world.otherId = other.getId();
        world.otherItemId = otherItem.getId();
        world.otherInvitationId = other.getInvitations().get(0).getId();
        matrixOfLaterFeatures(world, meeting, other, stranger, fellow);
        matrixConsultations(world);
        return world;
    }

    private void matrixConsultations(MatrixWorld world) {
        java.time.Instant now = java.time.Instant.now();
        org.concerto.consultation.QuestionDraft question = new org.concerto.consultation.QuestionDraft();
        question.setText("Votre avis ?");
        question.setRequired(true);
        List<Person> invitees = java.util.stream.Stream.of("chair", "participant", "expert", "observer")
                .map(persona -> em.find(Person.class, world.personIds.get(persona)))
                .toList();
        org.concerto.consultation.Consultation restricted =
                consultation(unique("Consultation restreinte"), org.concerto.consultation.Audience.RESTRICTED, now);
        restricted.addQuestion(question);
        restricted.invite(invitees);
        restricted.publish(now);
        em.persist(restricted);
        org.concerto.consultation.Consultation draft =
                consultation(unique("Consultation en préparation"), org.concerto.consultation.Audience.RESTRICTED, now);
        draft.addQuestion(question);
        draft.invite(invitees);
        em.persist(draft);
        org.concerto.consultation.Consultation open =
                consultation(unique("Consultation publique"), org.concerto.consultation.Audience.PUBLIC, now);
        open.addQuestion(question);
        open.publish(now);
        em.persist(open);
        Person participant = em.find(Person.class, world.personIds.get("participant"));
        org.concerto.consultation.Response response =
                new org.concerto.consultation.Response(restricted, participant, participant.getEmail(), now);
        em.persist(response);
        em.flush();
        world.consultationId = restricted.getId();
        world.consultationTitle = restricted.getTitle();
        world.consultationQuestionId = restricted.getQuestions().get(0).getId();
        world.consultationResponseId = response.getId();
        world.draftConsultationId = draft.getId();
        world.publicConsultationId = open.getId();
        world.publicConsultationTitle = open.getTitle();
    }

    private static org.concerto.consultation.Consultation consultation(
            String title, org.concerto.consultation.Audience audience, java.time.Instant now) {
        return new org.concerto.consultation.Consultation(
                title,
                "Une consultation du monde des droits",
                null,
                audience,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(30)),
                "fixture",
                now);
    }

    private void inviteMatrix(Meeting meeting, MatrixWorld world, Person fellow) {
        meeting.invite(em.find(Person.class, world.personIds.get("chair")), MeetingRole.CHAIR);
        meeting.invite(em.find(Person.class, world.personIds.get("participant")), MeetingRole.PARTICIPANT);
        meeting.invite(em.find(Person.class, world.personIds.get("expert")), MeetingRole.EXPERT);
        meeting.invite(em.find(Person.class, world.personIds.get("observer")), MeetingRole.OBSERVER);
        meeting.invite(fellow, MeetingRole.PARTICIPANT);
    }

    /** The current version of an entity, as a form would carry it. */
    public long versionOf(Class<? extends org.concerto.shared.AbstractEntity> type, Long id) {
        return em.find(type, id).getVersion();
    }

    /** The id of the newest mail of the outbox to that address. */
    public Long latestMailId(String recipient) {
        return em.createQuery(
                        "select m.id from OutboxMail m where m.recipient = :r order by m.createdAt desc, m.id desc",
                        Long.class)
                .setParameter("r", recipient)
                .setMaxResults(1)
                .getSingleResult();
    }

    /** Whether the person is invited to the meeting. */
    public boolean invited(Long meetingId, Long personId) {
        return em.createQuery(
                                "select count(i) from Invitation i where i.meeting.id = :m and i.person.id = :p",
                                Long.class)
                        .setParameter("m", meetingId)
                        .setParameter("p", personId)
                        .getSingleResult()
                > 0;
    }

    // --- Contributions ------------------------------------------------------------------------

    /** A meeting convened for {@code daysAhead} days from now (submissions close 7 days before it by default). */
    public Long convenedMeeting(String title, int daysAhead, Long... inviteeIds) {
        Long id = meeting(title, inviteeIds);
        Meeting meeting = em.find(Meeting.class, id);
        Instant start = Instant.now().plus(Duration.ofDays(daysAhead));
        meeting.revise(
                title,
                null,
                "Dispositif de test",
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 1",
                null,
                null);
        meeting.convene(java.time.Clock.systemUTC());
        return id;
    }

    /** Takes a convened meeting through the day and the minutes to publication, as the rest of the life cycle would. */
    public void publish(Long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        meeting.markHeld(java.time.Clock.fixed(meeting.getSchedule().getEndsAt(), java.time.ZoneOffset.UTC));
        meeting.openMinutesReview();
        meeting.approveMinutes();
        meeting.publish();
    }

    /** The id of the first agenda item of a meeting. */
    public Long firstItem(Long meetingId) {
        return em.find(Meeting.class, meetingId).getAgenda().get(0).getId();
    }

    /** The id of the second agenda item of a meeting. */
    public Long secondItem(Long meetingId) {
        return em.find(Meeting.class, meetingId).getAgenda().get(1).getId();
    }

    // --- Action items ----------------------------------------------------------------------

    /** The subjects of the outbox's mails to that address, oldest first. */
    public List<String> outboxSubjects(String recipient) {
        return em.createQuery(
                        "select m.subject from OutboxMail m where m.recipient = :r order by m.createdAt, m.id",
                        String.class)
                .setParameter("r", recipient)
                .getResultList();
    }

    /** The id of the meeting's agenda item at that place (0 is the first). */
    public Long agendaItemId(Long meetingId, int index) {
        return em.find(Meeting.class, meetingId).getAgenda().get(index).getId();
    }

    /** The titles of the meeting's agenda, in order. */
    public List<String> agendaTitles(Long meetingId) {
        return em.find(Meeting.class, meetingId).getAgenda().stream()
                .map(AgendaItem::getTitle)
                .toList();
    }

    /** What {@link #tenThousandActions} made, for the benchmark's queries. */
    public record Bulk(
            int meetings,
            int organisations,
            Long organisationId,
            String subject,
            Long busyOwnerId,
            Long busyMeetingId,
            Long lastMeetingId) {}

    /**
     * Ten thousand actions for the dashboards' benchmark: 100 meetings on 5 subjects (each subject a
     * series), 20 organisations of 10 people, every state and due dates from two months late to three
     * months ahead; one person owns about a tenth of them. Written in batches, the persistence context
     * cleared after each meeting.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Bulk tenThousandActions(int count) {
        int meetings = 100;
        int perMeeting = count / meetings;
        String run = unique("bench");
        java.util.List<Long> organisations = new java.util.ArrayList<>();
        java.util.List<java.util.List<Long>> members = new java.util.ArrayList<>();
        for (int o = 0; o < 20; o++) {
            Organisation organisation =
                    new Organisation(run + " organisation " + o, null, StakeholderCategory.MANUFACTURER);
            em.persist(organisation);
            organisations.add(organisation.getId());
            java.util.List<Long> people = new java.util.ArrayList<>();
            for (int p = 0; p < 10; p++) {
                Person person = new Person(
                        "Prénom" + p,
                        "Nom" + o + "-" + p,
                        run + "-" + o + "-" + p + "@bench.concerto.example",
                        Language.FR,
                        organisation);
                em.persist(person);
                people.add(person.getId());
            }
            members.add(people);
        }
        Long busyOwner = members.get(0).get(0);
        java.time.LocalDate today = java.time.LocalDate.now(org.concerto.shared.Zones.DEFAULT);
        java.util.Map<Integer, Long> firstOfSubject = new java.util.HashMap<>();
        org.concerto.action.Actor actor = new org.concerto.action.Actor("bench", "Benchmark");
        java.util.Random random = new java.util.Random(42);
        Long busyMeeting = null;
        Long lastMeeting = null;
        String[] verbs = {
            "Transmettre le bilan des stocks",
            "Confirmer par écrit l'engagement",
            "Rédiger la note d'information",
            "Recenser les patients concernés",
            "Organiser la réunion technique"
        };
        for (int m = 0; m < meetings; m++) {
            int subject = m % 5;
            Instant start = Instant.now().minus(Duration.ofDays(400L - m * 4L));
            Meeting meeting = new Meeting(
                    run + " réunion " + m,
                    run + " sujet " + subject,
                    new Schedule(start, start.plus(Duration.ofHours(2))),
                    MeetingFormat.IN_PERSON,
                    "Salle 1",
                    null);
            meeting.addAgendaItem(new AgendaItem("Point de situation", null, AgendaItemKind.INFORMATION, 30));
            meeting.addAgendaItem(new AgendaItem("Engagements", null, AgendaItemKind.DISCUSSION, 60));
            java.util.List<Long> delegation = members.get(m % 20);
            for (Long personId : delegation) {
                meeting.invite(em.find(Person.class, personId), MeetingRole.PARTICIPANT);
            }
            if (m % 20 != 0) {
                meeting.invite(em.find(Person.class, busyOwner), MeetingRole.EXPERT);
            }
            if (firstOfSubject.containsKey(subject)) {
                meeting.continueSeriesOf(em.find(Meeting.class, firstOfSubject.get(subject)));
            }
            em.persist(meeting);
            em.flush();
            firstOfSubject.putIfAbsent(subject, meeting.getId());
            for (int a = 0; a < perMeeting; a++) {
                boolean busy = random.nextInt(10) == 0;
                int organisationIndex = busy ? 0 : random.nextInt(20);
                Person owner = em.find(
                        Person.class,
                        busy ? busyOwner : members.get(organisationIndex).get(random.nextInt(10)));
                org.concerto.action.ActionItem action = new org.concerto.action.ActionItem(
                        meeting,
                        meeting.getAgenda().get(a % 2),
                        verbs[a % verbs.length] + " n° " + m + "-" + a,
                        owner,
                        random.nextBoolean() ? owner.getOrganisation() : null,
                        today.plusDays(random.nextInt(150) - 60),
                        org.concerto.action.ActionPriority.values()[random.nextInt(3)],
                        actor,
                        java.time.Clock.systemUTC());
                int state = random.nextInt(20);
                if (state < 5) {
                    action.report(org.concerto.action.ActionStatus.DONE, null, actor, java.time.Clock.systemUTC());
                    if (state < 4) {
                        action.confirmDone(actor, java.time.Clock.systemUTC());
                    }
                } else if (state < 6) {
                    action.cancel("Benchmark", actor, java.time.Clock.systemUTC());
                } else if (state < 12) {
                    action.report(
                            org.concerto.action.ActionStatus.IN_PROGRESS, null, actor, java.time.Clock.systemUTC());
                }
                em.persist(action);
            }
            em.flush();
            em.clear();
            if (m == 50) {
                busyMeeting = meeting.getId();
            }
            lastMeeting = meeting.getId();
        }
        return new Bulk(
                meetings,
                organisations.size(),
                organisations.get(3),
                run + " sujet 2",
                busyOwner,
                busyMeeting,
                lastMeeting);
    }

    // --- Minutes --------------------------------------------------------------------------

    /**
     * A meeting held an hour ago, with a two-item agenda: the first person invited as its chair, the others as
     * participants, everyone marked present.
     */
    public Long heldMeeting(String title, Long chairId, Long... participantIds) {
        Instant start = Instant.now().minus(Duration.ofHours(3));
        Meeting meeting = new Meeting(
                title,
                "Dispositif de test",
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 1",
                null);
        meeting.addAgendaItem(new AgendaItem("Ouverture", null, AgendaItemKind.INFORMATION, 15));
        meeting.addAgendaItem(new AgendaItem("Discussion générale", null, AgendaItemKind.DISCUSSION, 60));
        meeting.invite(em.find(Person.class, chairId), MeetingRole.CHAIR);
        for (Long id : participantIds) {
            meeting.invite(em.find(Person.class, id), MeetingRole.PARTICIPANT);
        }
        java.time.Clock before = java.time.Clock.fixed(start.minus(Duration.ofDays(1)), java.time.ZoneOffset.UTC);
        meeting.convene(before);
        java.time.Clock after = java.time.Clock.fixed(start.plus(Duration.ofHours(2)), java.time.ZoneOffset.UTC);
        meeting.markHeld(after);
        for (Invitation invitation : meeting.getInvitations()) {
            invitation.recordAttendance(org.concerto.meeting.AttendanceStatus.PRESENT, null, null, after);
        }
        em.persist(meeting);
        return meeting.getId();
    }

    /** The meeting's status now. */
    public org.concerto.meeting.MeetingStatus status(Long meetingId) {
        return em.find(Meeting.class, meetingId).getStatus();
    }

    /** Whether the person agreed to be named in published minutes. */
    public void consentToPublicName(Long personId, boolean consent) {
        em.find(Person.class, personId).consentToPublicName(consent);
    }

    // ---- Accounts ---------------------------------------------------------------------------

    /** The plain-text body of the newest mail to that address. */
    public String lastMailText(String recipient) {
        return em.createQuery(
                        "select m from OutboxMail m where m.recipient = :r order by m.createdAt desc, m.id desc",
                        org.concerto.mail.OutboxMail.class)
                .setParameter("r", recipient)
                .setMaxResults(1)
                .getSingleResult()
                .getTextBody();
    }

    public long mailCount(String recipient) {
        return em.createQuery("select count(m) from OutboxMail m where m.recipient = :r", Long.class)
                .setParameter("r", recipient)
                .getSingleResult();
    }

    /** Lets the account's open links run out, as if their time had passed. */
    public void expireLinks(String login) {
        em.createQuery("update AccountToken t set t.expiresAt = :past where t.usedAt is null and t.account.id in "
                        + "(select a.id from UserAccount a where a.login = :login)")
                .setParameter("past", Instant.now().minusSeconds(1))
                .setParameter("login", login)
                .executeUpdate();
    }

    public boolean locked(String login) {
        return em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                .setParameter("login", login)
                .getSingleResult()
                .isLocked(Instant.now());
    }

    /** The kinds of the security log's events about that login, newest first. */
    public List<org.concerto.security.SecurityEventKind> securityEvents(String login) {
        return em.createQuery(
                        "select e.kind from SecurityEvent e where e.login = :login order by e.occurredAt desc, e.id desc",
                        org.concerto.security.SecurityEventKind.class)
                .setParameter("login", login)
                .getResultList();
    }

    // --- audit trail and personal data -------------------------------------------------------

    /** A meeting held that many years ago (its notice long sent), with the given invitees. */
    public Long pastMeeting(String title, int yearsAgo, Long... inviteeIds) {
        Instant start = java.time.ZonedDateTime.now().minusYears(yearsAgo).toInstant();
        Meeting meeting = new Meeting(
                title,
                "Dispositif de test",
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 1",
                null);
        for (Long id : inviteeIds) {
            meeting.invite(em.find(Person.class, id), MeetingRole.PARTICIPANT);
        }
        em.persist(meeting);
        return meeting.getId();
    }

    /** A declaration of a tie with a body outside the directory. */
    public void declaredInterest(Long personId, String otherParty, String description) {
        em.persist(new org.concerto.interest.DeclaredInterest(
                em.find(Person.class, personId),
                null,
                otherParty,
                org.concerto.interest.InterestNature.CONSULTANCY,
                description,
                java.time.LocalDate.of(2020, 1, 1),
                null));
    }

    /** A mail written to the outbox that many days ago. */
    public void oldMail(String recipient, String subject, int daysAgo) {
        em.persist(new org.concerto.mail.OutboxMail(
                recipient,
                Language.FR,
                subject,
                "Corps",
                null,
                List.of(),
                null,
                true,
                java.time.Clock.fixed(Instant.now().minus(Duration.ofDays(daysAgo)), java.time.ZoneOffset.UTC)));
    }

    public Person personNow(Long personId) {
        Person person = em.find(Person.class, personId);
        em.detach(person);
        return person;
    }

    public boolean accountEnabled(String login) {
        return em.createQuery("select a.enabled from UserAccount a where a.login = :login", Boolean.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    public long invitations(Long personId) {
        return em.createQuery("select count(i) from Invitation i where i.person.id = :p", Long.class)
                .setParameter("p", personId)
                .getSingleResult();
    }

    public long declaredInterests(Long personId) {
        return em.createQuery("select count(d) from DeclaredInterest d where d.person.id = :p", Long.class)
                .setParameter("p", personId)
                .getSingleResult();
    }

    public long mailsTo(String recipient) {
        return em.createQuery("select count(m) from OutboxMail m where m.recipient = :r", Long.class)
                .setParameter("r", recipient)
                .getSingleResult();
    }

    /**
     * Hostile data: the payload in every text a user can type today (organisation, person, meeting, agenda
     * item, declared interest), on a draft meeting a week from now; the person is invited and has an account.
     * Returns the ids: meeting, person, organisation.
     */
    public long[] hostileData(String payload) {
        Organisation organisation =
                new Organisation(unique("Org " + payload), "A" + payload.length(), StakeholderCategory.MANUFACTURER);
        em.persist(organisation);
        Person person = new Person(
                "Prénom " + payload,
                "Nom " + payload,
                unique("hostile").toLowerCase() + "@it.concerto.example",
                Language.FR,
                organisation);
        person.describeRole("Fonction " + payload);
        em.persist(person);
        Instant start = Instant.now().plus(Duration.ofDays(7));
        Meeting meeting = new Meeting(
                unique("Titre " + payload),
                "Sujet " + payload,
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle " + payload,
                null);
        meeting.describe(meeting.getTitle(), "Objet " + payload, "Sujet " + payload);
        AgendaItem item = new AgendaItem("Point " + payload, "Description " + payload, AgendaItemKind.DISCUSSION, 30);
        item.presentedBy(person, organisation);
        meeting.addAgendaItem(item);
        meeting.invite(person, MeetingRole.PARTICIPANT);
        em.persist(meeting);
        em.persist(new org.concerto.interest.DeclaredInterest(
                person,
                null,
                "Partie " + payload,
                org.concerto.interest.InterestNature.OTHER,
                "Lien " + payload,
                java.time.LocalDate.of(2021, 3, 1),
                null));
        // A tie with the organisation the item concerns, and the secretariat's recusal with its comment.
        item.concern(List.of(organisation));
        em.persist(new org.concerto.interest.DeclaredInterest(
                person,
                organisation,
                null,
                org.concerto.interest.InterestNature.CONSULTANCY,
                "Conseil " + payload,
                java.time.LocalDate.of(2022, 1, 1),
                null));
        org.concerto.interest.InterestDecision decision = new org.concerto.interest.InterestDecision(item, person);
        decision.decide(
                org.concerto.interest.DecisionOutcome.RECUSED,
                "Commentaire " + payload,
                "fixtures",
                java.time.Clock.systemUTC());
        em.persist(decision);
        return new long[] {meeting.getId(), person.getId(), organisation.getId()};
    }

    /** The HTML bodies of the outbox's mails to that address. */
    public List<String> htmlBodies(String recipient) {
        return em.createQuery("select m.htmlBody from OutboxMail m where m.recipient = :r", String.class)
                .setParameter("r", recipient)
                .getResultList();
    }

    // ===== Integration: minutes from contributions and action items =====

    /** A contribution accepted by the secretariat on the given agenda item (0 for the first), whatever the deadline. */
    public Long acceptedContribution(
            Long meetingId,
            int itemIndex,
            Long authorId,
            String title,
            org.concerto.contribution.Visibility visibility) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        org.concerto.contribution.Contribution contribution = new org.concerto.contribution.Contribution(
                meeting,
                meeting.getAgenda().get(itemIndex),
                em.find(Person.class, authorId),
                null,
                title,
                visibility,
                Instant.now());
        contribution.addVersion(
                org.concerto.contribution.VersionKind.MAIN,
                org.concerto.contribution.Statement.of("<p>" + title + "</p>"),
                new org.concerto.contribution.Disclosure(true, null),
                "fixtures",
                Instant.now(),
                false);
        contribution.accept(visibility, "fixtures", Instant.now());
        em.persist(contribution);
        return contribution.getId();
    }

    /** The stored PDF of the meeting's last approved minutes, and its public copy: the bytes users download. */
    public byte[][] approvedMinutesPdfs(Long meetingId) {
        org.concerto.minutes.MinutesVersion version = em.createQuery(
                        "select v from MinutesVersion v where v.minutes.meeting.id = :id "
                                + "and v.stage = :approved order by v.number desc",
                        org.concerto.minutes.MinutesVersion.class)
                .setParameter("id", meetingId)
                .setParameter("approved", org.concerto.minutes.Minutes.Stage.APPROVED)
                .setMaxResults(1)
                .getSingleResult();
        return new byte[][] {version.getPdf(), version.getPublicPdf()};
    }

    // --- permission matrix: contributions, action items, minutes ------------------------

    /**
     * The matrix's objects of the later features: the stranger's account, three action items (of the
     * participant's organisation and of the stranger's in the fixture meeting, one in the other meeting) and
     * two held meetings for the minutes (the personas' and the stranger's).
     */
    private void matrixOfLaterFeatures(
            MatrixWorld world, Meeting meeting, Meeting other, Person stranger, Person fellow) {
        world.strangerLogin = account(stranger.getId(), Role.PARTICIPANT);
        // Convened, so that the stranger can submit a contribution to it (a draft takes none).
        other.convene(java.time.Clock.systemUTC());
        org.concerto.action.Actor actor = new org.concerto.action.Actor("fixtures", "Fixtures");
        java.time.LocalDate due =
                java.time.LocalDate.now(org.concerto.shared.Zones.DEFAULT).plusDays(10);
        Person participant = em.find(Person.class, world.personIds.get("participant"));
        world.ownActionText = unique("Action de l'association");
        world.foreignActionText = unique("Action du fabricant");
        world.otherActionText = unique("Action d'une autre réunion");
        org.concerto.action.ActionItem own = new org.concerto.action.ActionItem(
                meeting,
                meeting.getAgenda().get(1),
                world.ownActionText,
                participant,
                participant.getOrganisation(),
                due,
                org.concerto.action.ActionPriority.values()[0],
                actor,
                java.time.Clock.systemUTC());
        // Not the stranger, who must stay a person of the other meeting only: a colleague of theirs owns it.
        Person delegate = new Person(
                "Delegate",
                unique("Fabricant"),
                unique("delegate").toLowerCase() + "@it.concerto.example",
                Language.FR,
                stranger.getOrganisation());
        em.persist(delegate);
        org.concerto.action.ActionItem foreign = new org.concerto.action.ActionItem(
                meeting,
                meeting.getAgenda().get(1),
                world.foreignActionText,
                delegate,
                stranger.getOrganisation(),
                due,
                org.concerto.action.ActionPriority.values()[0],
                actor,
                java.time.Clock.systemUTC());
        org.concerto.action.ActionItem elsewhere = new org.concerto.action.ActionItem(
                other,
                other.getAgenda().get(0),
                world.otherActionText,
                stranger,
                stranger.getOrganisation(),
                due,
                org.concerto.action.ActionPriority.values()[0],
                actor,
                java.time.Clock.systemUTC());
        em.persist(own);
        em.persist(foreign);
        em.persist(elsewhere);
        em.flush();
        world.ownActionId = own.getId();
        world.foreignActionId = foreign.getId();
        world.otherActionId = elsewhere.getId();

        world.minutesTitle = unique("Matrice compte rendu");
        Meeting held = matrixHeldMeeting(world.minutesTitle);
        inviteMatrix(held, world, fellow);
        holdMatrix(held);
        em.persist(held);
        world.otherMinutesTitle = unique("Matrice autre compte rendu");
        Meeting otherHeld = matrixHeldMeeting(world.otherMinutesTitle);
        otherHeld.invite(stranger, MeetingRole.PARTICIPANT);
        holdMatrix(otherHeld);
        em.persist(otherHeld);
        em.flush();
        world.minutesMeetingId = held.getId();
        world.otherMinutesMeetingId = otherHeld.getId();
    }

    private static Meeting matrixHeldMeeting(String title) {
        Instant start = Instant.now().minus(Duration.ofHours(3));
        Meeting meeting = new Meeting(
                title,
                "Dispositif de test",
                new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON,
                "Salle 5",
                null);
        meeting.addAgendaItem(new AgendaItem("Ouverture", null, AgendaItemKind.INFORMATION, 15));
        return meeting;
    }

    /** Convenes the meeting the day before it began and marks it held once it ended. */
    private static void holdMatrix(Meeting meeting) {
        Instant start = meeting.getSchedule().getStartsAt();
        meeting.convene(java.time.Clock.fixed(start.minus(Duration.ofDays(1)), java.time.ZoneOffset.UTC));
        meeting.markHeld(java.time.Clock.fixed(meeting.getSchedule().getEndsAt(), java.time.ZoneOffset.UTC));
    }

    // --- Hardening of the merged features (second wave) --------------------------------------------------

    /** The statements of every version of the meeting's contributions, as stored. */
    public List<String> statementsHtml(Long meetingId) {
        return em.createQuery(
                        "select v.statementHtml from ContributionVersion v where v.contribution.meeting.id = :m",
                        String.class)
                .setParameter("m", meetingId)
                .getResultList();
    }

    // ---- Consultations ----------------------------------------------------------------------

    /** Time passes: the consultation closed a minute ago (its rules allow no earlier closing, so it is set here). */
    public void closeConsultation(Long consultationId) {
        em.createQuery("update Consultation c set c.closesAt = :then where c.id = :id")
                .setParameter("then", java.time.Instant.now().minusSeconds(60))
                .setParameter("id", consultationId)
                .executeUpdate();
    }

    /** The state of the responses to a consultation, and how many of each. */
    public java.util.Map<String, Long> responseStates(Long consultationId) {
        java.util.Map<String, Long> states = new java.util.TreeMap<>();
        em.createQuery(
                        "select r.state, count(r) from Response r where r.consultation.id = :id group by r.state",
                        Object[].class)
                .setParameter("id", consultationId)
                .getResultList()
                .forEach(row -> states.put(row[0].toString(), (Long) row[1]));
        return states;
    }

    /** The answers kept for a consultation, as "question text = answer text [choices]". */
    public List<String> answersKept(Long consultationId) {
        return em
                .createQuery(
                        "select a from Answer a where a.response.consultation.id = :id order by a.id",
                        org.concerto.consultation.Answer.class)
                .setParameter("id", consultationId)
                .getResultList()
                .stream()
                .map(a -> a.getQuestion().getText() + " = " + a.getText() + " " + a.getChoices())
                .toList();
    }
}
