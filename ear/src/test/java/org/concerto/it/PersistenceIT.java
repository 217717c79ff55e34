package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.Schedule;
import org.concerto.participant.Language;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.participant.StakeholderCategory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What is saved comes back as it was: accents, instants, the order of the agenda, the invitees. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void aMeetingWithItsInviteesAndAgendaSurvivesTheRoundTrip() throws Exception {
        Instant start = Instant.parse("2031-09-12T12:00:00.123456Z");
        String title = Fixtures.unique("Réunion d'été – pompe « MIP »");
        tx.begin();
        Organisation association = new Organisation(
                Fixtures.unique("Association Pompe Implantée"), "API", StakeholderCategory.PATIENT_ASSOCIATION);
        em.persist(association);
        Person helene = new Person(
                "Hélène",
                "Lefèvre-Çelik",
                Fixtures.unique("helene") + "@it.concerto.example",
                Language.FR,
                association);
        Person thomas =
                new Person("Thomas", "Bernard", Fixtures.unique("thomas") + "@it.concerto.example", Language.EN, null);
        em.persist(helene);
        em.persist(thomas);
        Meeting meeting = new Meeting(
                title,
                "Pompe MiniMed 2007D",
                new Schedule(start, start.plus(3, ChronoUnit.HOURS)),
                MeetingFormat.HYBRID,
                "Saint-Denis",
                "https://visio.example.org/it");
        meeting.describe(title, "Objet avec accents : éèêàçô", "Pompe MiniMed 2007D");
        meeting.addAgendaItem(new AgendaItem("Premier point", null, AgendaItemKind.INFORMATION, 10));
        meeting.addAgendaItem(new AgendaItem("Deuxième point", "Décision attendue", AgendaItemKind.DECISION, 45));
        meeting.addAgendaItem(new AgendaItem("Troisième point", null, AgendaItemKind.CONSULTATION, 20));
        meeting.invite(helene, MeetingRole.EXPERT);
        meeting.invite(thomas, MeetingRole.PARTICIPANT);
        em.persist(meeting);
        tx.commit();
        em.clear();

        tx.begin();
        Meeting reloaded = em.find(Meeting.class, meeting.getId());
        assertThat(reloaded.getTitle()).isEqualTo(title);
        assertThat(reloaded.getPurpose()).isEqualTo("Objet avec accents : éèêàçô");
        assertThat(reloaded.getSchedule().getStartsAt()).isEqualTo(start);
        assertThat(reloaded.getFormat()).isEqualTo(MeetingFormat.HYBRID);
        assertThat(reloaded.getAgenda())
                .extracting(AgendaItem::getTitle)
                .containsExactly("Premier point", "Deuxième point", "Troisième point");
        assertThat(reloaded.getAgenda().get(1).getKind()).isEqualTo(AgendaItemKind.DECISION);
        assertThat(reloaded.getInvitations())
                .extracting(i -> i.getPerson().getLastName(), i -> i.getRole())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Lefèvre-Çelik", MeetingRole.EXPERT),
                        org.assertj.core.groups.Tuple.tuple("Bernard", MeetingRole.PARTICIPANT));
        assertThat(reloaded.getInvitations())
                .filteredOn(i -> i.getPerson().getFirstName().equals("Hélène"))
                .extracting(i -> i.getPerson().getOrganisation().getAcronym())
                .containsExactly("API");
        tx.commit();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedInsteadOfOverwritingTheFirst() throws Exception {
        tx.begin();
        Organisation organisation =
                new Organisation(Fixtures.unique("Fabricant"), null, StakeholderCategory.MANUFACTURER);
        em.persist(organisation);
        tx.commit();
        em.clear();

        tx.begin();
        Organisation first = em.find(Organisation.class, organisation.getId());
        em.detach(first);
        tx.commit();
        tx.begin();
        Organisation second = em.find(Organisation.class, organisation.getId());
        em.detach(second);
        tx.commit();

        tx.begin();
        first.describe(first.getName(), "UN", first.getCategory());
        em.merge(first);
        tx.commit();

        tx.begin();
        second.describe(second.getName(), "DEUX", second.getCategory());
        assertThatThrownBy(() -> {
                    em.merge(second);
                    em.flush();
                })
                .isInstanceOf(OptimisticLockException.class);
        tx.rollback();

        Organisation stored = em.find(Organisation.class, organisation.getId());
        assertThat(stored.getAcronym()).isEqualTo("UN");
    }

    @Test
    void oneEmailAddressIsOnePerson() throws Exception {
        String email = Fixtures.unique("unique") + "@it.concerto.example";
        tx.begin();
        em.persist(new Person("Jean", "Dupont", email, Language.FR, null));
        tx.commit();

        tx.begin();
        em.persist(new Person("Jeanne", "Dupont", email.toUpperCase(), Language.FR, null));
        assertThatThrownBy(() -> tx.commit()).isInstanceOf(RollbackException.class);
        List<Person> people = em.createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", email)
                .getResultList();
        assertThat(people).extracting(Person::getFirstName).containsExactly("Jean");
    }
}
