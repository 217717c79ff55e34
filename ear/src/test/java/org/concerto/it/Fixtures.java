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

    // --- audit trail and personal data (issue 7) -------------------------------------------------------

    /** A meeting held that many years ago (its notice long sent), with the given invitees. */
    public Long pastMeeting(String title, int yearsAgo, Long... inviteeIds) {
        Instant start = java.time.ZonedDateTime.now().minusYears(yearsAgo).toInstant();
        Meeting meeting = new Meeting(title, "Dispositif de test", new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON, "Salle 1", null);
        for (Long id : inviteeIds) {
            meeting.invite(em.find(Person.class, id), MeetingRole.PARTICIPANT);
        }
        em.persist(meeting);
        return meeting.getId();
    }

    /** A declaration of a tie with a body outside the directory. */
    public void declaredInterest(Long personId, String otherParty, String description) {
        em.persist(new org.concerto.interest.DeclaredInterest(em.find(Person.class, personId), null, otherParty,
                org.concerto.interest.InterestNature.CONSULTANCY, description, java.time.LocalDate.of(2020, 1, 1), null));
    }

    /** A mail written to the outbox that many days ago. */
    public void oldMail(String recipient, String subject, int daysAgo) {
        em.persist(new org.concerto.mail.OutboxMail(recipient, Language.FR, subject, "Corps", null, List.of(), true,
                java.time.Clock.fixed(Instant.now().minus(Duration.ofDays(daysAgo)), java.time.ZoneOffset.UTC)));
    }

    public Person personNow(Long personId) {
        Person person = em.find(Person.class, personId);
        em.detach(person);
        return person;
    }

    public boolean accountEnabled(String login) {
        return em.createQuery("select a.enabled from UserAccount a where a.login = :login", Boolean.class)
                .setParameter("login", login).getSingleResult();
    }

    public long invitations(Long personId) {
        return em.createQuery("select count(i) from Invitation i where i.person.id = :p", Long.class).setParameter("p", personId).getSingleResult();
    }

    public long declaredInterests(Long personId) {
        return em.createQuery("select count(d) from DeclaredInterest d where d.person.id = :p", Long.class).setParameter("p", personId).getSingleResult();
    }

    public long mailsTo(String recipient) {
        return em.createQuery("select count(m) from OutboxMail m where m.recipient = :r", Long.class).setParameter("r", recipient).getSingleResult();
    }

    /**
     * Hostile data: the payload in every text a user can type today (organisation, person, meeting, agenda
     * item, declared interest), on a draft meeting a week from now; the person is invited and has an account.
     * Returns the ids: meeting, person, organisation.
     */
    public long[] hostileData(String payload) {
        Organisation organisation = new Organisation(unique("Org " + payload), "A" + payload.length(), StakeholderCategory.MANUFACTURER);
        em.persist(organisation);
        Person person = new Person("Prénom " + payload, "Nom " + payload, unique("hostile").toLowerCase() + "@it.concerto.example",
                Language.FR, organisation);
        person.describeRole("Fonction " + payload);
        em.persist(person);
        Instant start = Instant.now().plus(Duration.ofDays(7));
        Meeting meeting = new Meeting(unique("Titre " + payload), "Sujet " + payload, new Schedule(start, start.plus(Duration.ofHours(2))),
                MeetingFormat.IN_PERSON, "Salle " + payload, null);
        meeting.describe(meeting.getTitle(), "Objet " + payload, "Sujet " + payload);
        AgendaItem item = new AgendaItem("Point " + payload, "Description " + payload, AgendaItemKind.DISCUSSION, 30);
        item.presentedBy(person, organisation);
        meeting.addAgendaItem(item);
        meeting.invite(person, MeetingRole.PARTICIPANT);
        em.persist(meeting);
        em.persist(new org.concerto.interest.DeclaredInterest(person, null, "Partie " + payload, org.concerto.interest.InterestNature.OTHER,
                "Lien " + payload, java.time.LocalDate.of(2021, 3, 1), null));
        // A tie with the organisation the item concerns, and the secretariat's recusal with its comment.
        item.concern(List.of(organisation));
        em.persist(new org.concerto.interest.DeclaredInterest(person, organisation, null, org.concerto.interest.InterestNature.CONSULTANCY,
                "Conseil " + payload, java.time.LocalDate.of(2022, 1, 1), null));
        org.concerto.interest.InterestDecision decision = new org.concerto.interest.InterestDecision(item, person);
        decision.decide(org.concerto.interest.DecisionOutcome.RECUSED, "Commentaire " + payload, "fixtures", java.time.Clock.systemUTC());
        em.persist(decision);
        return new long[] {meeting.getId(), person.getId(), organisation.getId()};
    }

    /** The HTML bodies of the outbox's mails to that address. */
    public List<String> htmlBodies(String recipient) {
        return em.createQuery("select m.htmlBody from OutboxMail m where m.recipient = :r", String.class).setParameter("r", recipient).getResultList();
    }
}
