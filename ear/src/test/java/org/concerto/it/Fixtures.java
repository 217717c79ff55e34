package org.concerto.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.concerto.agenda.AgendaItem;
import org.concerto.agenda.AgendaItemKind;
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
}
