package org.concerto.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.concerto.agenda.AgendaItem;
import org.concerto.agenda.AgendaItemKind;
import org.concerto.mail.DeliveryState;
import org.concerto.mail.Outbox;
import org.concerto.mail.OutgoingMail;
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
import org.concerto.security.Role;
import org.concerto.security.UserAccount;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

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
        Person person = new Person(firstName, lastName, unique("person").toLowerCase() + "@it.concerto.example", Language.FR,
                organisationId == null ? null : em.find(Organisation.class, organisationId));
        em.persist(person);
        return person.getId();
    }

    /** An account for the person, whose login is returned; its password is {@link #PASSWORD}. */
    public String account(Long personId, Role role) {
        String login = unique("user").toLowerCase();
        em.persist(new UserAccount(login, PASSWORD.toCharArray(), personId == null ? null : em.find(Person.class, personId), EnumSet.of(role)));
        return login;
    }

    /** A draft meeting a week from now, with a two-item agenda and the given invitees as participants. */
    public Long meeting(String title, Long... inviteeIds) {
        Instant start = Instant.now().plus(Duration.ofDays(7));
        Meeting meeting = new Meeting(title, "Dispositif de test", new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON, "Salle 1", null);
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
        meeting.revise(title, null, "Dispositif de test", new Schedule(start, start.plus(Duration.ofHours(2))), MeetingFormat.IN_PERSON,
                "Salle 1", null, null);
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
        return em.createQuery("select i from Invitation i where i.meeting.id = :m and i.person.id = :p", Invitation.class)
                .setParameter("m", meetingId).setParameter("p", personId).getSingleResult();
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
                .attach("note.txt", "text/plain; charset=UTF-8", "pièce jointe".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The delivery states of the outbox's mails to that address, oldest first. */
    public List<DeliveryState> outboxStates(String recipient) {
        return em.createQuery("select m.state from OutboxMail m where m.recipient = :r order by m.createdAt, m.id", DeliveryState.class)
                .setParameter("r", recipient).getResultList();
    }

    /** The last error kept for the newest mail to that address. */
    public String lastError(String recipient) {
        return em.createQuery("select m.lastError from OutboxMail m where m.recipient = :r order by m.createdAt desc, m.id desc", String.class)
                .setParameter("r", recipient).setMaxResults(1).getSingleResult();
    }

    // --- Action items (issue 5) ----------------------------------------------------------------------

    /** The subjects of the outbox's mails to that address, oldest first. */
    public List<String> outboxSubjects(String recipient) {
        return em.createQuery("select m.subject from OutboxMail m where m.recipient = :r order by m.createdAt, m.id", String.class)
                .setParameter("r", recipient).getResultList();
    }

    /** The id of the meeting's agenda item at that place (0 is the first). */
    public Long agendaItemId(Long meetingId, int index) {
        return em.find(Meeting.class, meetingId).getAgenda().get(index).getId();
    }

    /** The titles of the meeting's agenda, in order. */
    public List<String> agendaTitles(Long meetingId) {
        return em.find(Meeting.class, meetingId).getAgenda().stream().map(AgendaItem::getTitle).toList();
    }

    /** What {@link #tenThousandActions} made, for the benchmark's queries. */
    public record Bulk(int meetings, int organisations, Long organisationId, String subject, Long busyOwnerId, Long busyMeetingId,
                       Long lastMeetingId) {
    }

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
            Organisation organisation = new Organisation(run + " organisation " + o, null, StakeholderCategory.MANUFACTURER);
            em.persist(organisation);
            organisations.add(organisation.getId());
            java.util.List<Long> people = new java.util.ArrayList<>();
            for (int p = 0; p < 10; p++) {
                Person person = new Person("Prénom" + p, "Nom" + o + "-" + p, run + "-" + o + "-" + p + "@bench.concerto.example", Language.FR,
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
        String[] verbs = {"Transmettre le bilan des stocks", "Confirmer par écrit l'engagement", "Rédiger la note d'information",
                "Recenser les patients concernés", "Organiser la réunion technique"};
        for (int m = 0; m < meetings; m++) {
            int subject = m % 5;
            Instant start = Instant.now().minus(Duration.ofDays(400L - m * 4L));
            Meeting meeting = new Meeting(run + " réunion " + m, run + " sujet " + subject, new Schedule(start, start.plus(Duration.ofHours(2))),
                    MeetingFormat.IN_PERSON, "Salle 1", null);
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
                Person owner = em.find(Person.class, busy ? busyOwner : members.get(organisationIndex).get(random.nextInt(10)));
                org.concerto.action.ActionItem action = new org.concerto.action.ActionItem(meeting, meeting.getAgenda().get(a % 2),
                        verbs[a % verbs.length] + " n° " + m + "-" + a, owner, random.nextBoolean() ? owner.getOrganisation() : null,
                        today.plusDays(random.nextInt(150) - 60), org.concerto.action.ActionPriority.values()[random.nextInt(3)], actor,
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
                    action.report(org.concerto.action.ActionStatus.IN_PROGRESS, null, actor, java.time.Clock.systemUTC());
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
        return new Bulk(meetings, organisations.size(), organisations.get(3), run + " sujet 2", busyOwner, busyMeeting, lastMeeting);
    }
}
