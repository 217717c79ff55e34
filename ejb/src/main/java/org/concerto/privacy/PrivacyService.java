package org.concerto.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.concerto.audit.AuditRevision;
import org.concerto.interest.DeclaredInterest;
import org.concerto.interest.InterestDecision;
import org.concerto.mail.OutboxMail;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Invitation;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.pdf.DataRecord;
import org.concerto.pdf.DataSection;
import org.concerto.pdf.PdfFile;
import org.concerto.pdf.PersonalData;
import org.concerto.pdf.PersonalDataPdf;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.security.UserAccount;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.Entities;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Settings;
import org.concerto.shared.Versions;

/**
 * A person's rights over their data: the export of everything Concerto holds about them, for them and
 * for the secretariat; the anonymisation of a person by the secretariat; the retention schedule's dry run
 * and its application on demand (the timer applies it every night, see {@link RetentionPurge}).
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class.getName());

    /** The audit trail's revisions listed in an export at most. */
    static final int MAX_REVISIONS = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callers;

    @Inject
    private Clock clock;

    /** Everything held about the person: the person themselves or the secretariat. */
    public PersonalData collect(long personId) {
        Person person = readable(personId);
        List<DataSection> sections = new ArrayList<>();
        Organisation organisation = person.getOrganisation();
        sections.add(new DataSection(
                "identity",
                List.of(new DataRecord()
                        .with("firstName", person.getFirstName())
                        .with("lastName", person.getLastName())
                        .with("email", person.getEmail())
                        .with("jobTitle", person.getJobTitle())
                        .with("preferredLanguage", person.getPreferredLanguage())
                        .with("organisation", organisation == null ? null : organisation.getName())
                        .with("publicNameConsent", person.isPublicNameConsent())
                        .with("anonymisedAt", person.getAnonymisedAt()))));

        List<UserAccount> accounts = em.createQuery(
                        "select a from UserAccount a where a.person.id = :person", UserAccount.class)
                .setParameter("person", personId)
                .getResultList();
        List<DataRecord> accountRecords = new ArrayList<>();
        for (UserAccount account : accounts) {
            accountRecords.add(new DataRecord()
                    .with("login", account.getLogin())
                    .with(
                            "roles",
                            String.join(
                                    ", ",
                                    account.getRoles().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toList()))
                    .with("enabled", account.isEnabled()));
        }
        sections.add(new DataSection("account", accountRecords));

        List<DataRecord> invitations = new ArrayList<>();
        for (Invitation invitation : em.createQuery(
                        "select i from Invitation i join fetch i.meeting where i.person.id = :person"
                                + " order by i.meeting.schedule.startsAt, i.id",
                        Invitation.class)
                .setParameter("person", personId)
                .getResultList()) {
            invitations.add(new DataRecord()
                    .with("meeting", invitation.getMeeting().getTitle())
                    .with("startsAt", invitation.getMeeting().getSchedule().getStartsAt())
                    .with("role", invitation.getRole())
                    .with("response", invitation.getResponse())
                    .with("answeredAt", invitation.getAnsweredAt())
                    .with("attendance", invitation.getAttendance())
                    .with("arrivedAt", invitation.getArrivedAt())
                    .with("leftAt", invitation.getLeftAt()));
        }
        sections.add(new DataSection("invitations", invitations));

        List<DataRecord> interests = new ArrayList<>();
        for (DeclaredInterest interest : em.createQuery(
                        "select d from DeclaredInterest d left join fetch d.organisation"
                                + " where d.person.id = :person order by d.startsOn, d.id",
                        DeclaredInterest.class)
                .setParameter("person", personId)
                .getResultList()) {
            interests.add(new DataRecord()
                    .with(
                            "party",
                            interest.getOrganisation() != null
                                    ? interest.getOrganisation().getName()
                                    : interest.getOtherParty())
                    .with("nature", interest.getNature())
                    .with("description", interest.getDescription())
                    .with("startsOn", interest.getStartsOn())
                    .with("endsOn", interest.getEndsOn()));
        }
        sections.add(new DataSection("declaredInterests", interests));

        List<DataRecord> decisions = new ArrayList<>();
        for (InterestDecision decision : em.createQuery(
                        "select d from InterestDecision d join fetch d.item"
                                + " where d.person.id = :person order by d.decidedAt, d.id",
                        InterestDecision.class)
                .setParameter("person", personId)
                .getResultList()) {
            AgendaItem item = decision.getItem();
            decisions.add(new DataRecord()
                    .with(
                            "meeting",
                            item.getMeeting() == null ? null : item.getMeeting().getTitle())
                    .with("agendaItem", item.getTitle())
                    .with("outcome", decision.getOutcome())
                    .with("comment", decision.getComment())
                    .with("decidedAt", decision.getDecidedAt()));
        }
        sections.add(new DataSection("interestDecisions", decisions));

        List<DataRecord> presented = new ArrayList<>();
        for (AgendaItem item : em.createQuery(
                        "select i from AgendaItem i where i.presenterPerson.id = :person order by i.id",
                        AgendaItem.class)
                .setParameter("person", personId)
                .getResultList()) {
            presented.add(new DataRecord()
                    .with(
                            "meeting",
                            item.getMeeting() == null ? null : item.getMeeting().getTitle())
                    .with("agendaItem", item.getTitle()));
        }
        sections.add(new DataSection("presentedItems", presented));

        sections.add(new DataSection("contributions", contributions(personId)));
        sections.add(new DataSection("actionItems", actionItems(personId)));
        sections.add(new DataSection("minutesComments", minutesComments(personId)));

        List<DataRecord> mails = new ArrayList<>();
        for (OutboxMail mail : em.createQuery(
                        "select m from OutboxMail m where m.recipient = :email order by m.createdAt, m.id",
                        OutboxMail.class)
                .setParameter("email", person.getEmail())
                .getResultList()) {
            mails.add(new DataRecord()
                    .with("subject", mail.getSubject())
                    .with("createdAt", mail.getCreatedAt())
                    .with("state", mail.getState())
                    .with("sentAt", mail.getSentAt())
                    .with("text", mail.getTextBody()));
        }
        sections.add(new DataSection("mails", mails));

        List<DataRecord> revisions = new ArrayList<>();
        for (UserAccount account : accounts) {
            for (AuditRevision revision : em.createQuery(
                            "select r from AuditRevision r where r.login = :login order by r.id desc",
                            AuditRevision.class)
                    .setParameter("login", account.getLogin())
                    .setMaxResults(MAX_REVISIONS)
                    .getResultList()) {
                revisions.add(
                        new DataRecord().with("login", revision.getLogin()).with("changedAt", revision.getChangedAt()));
            }
        }
        sections.add(new DataSection("changes", revisions));

        return new PersonalData(personId, person.getDisplayName(), clock.instant(), Settings.regulatorName(), sections);
    }

    /**
     * The contributions the person wrote, as metadata: what they are, to which meeting, how they stand. Their
     * text and files are the person's own documents, downloaded from the meeting page; a contribution someone
     * else wrote on behalf of the person's organisation is that other person's data, not this one's.
     */
    private List<DataRecord> contributions(long personId) {
        List<DataRecord> records = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select m.title, ai.title, c.title, org.name, c.visibility, c.status, c.createdAt, c.reviewComment, "
                                + "size(c.versions) from Contribution c join c.meeting m left join c.agendaItem ai left join c.onBehalfOf org "
                                + "where c.author.id = :person order by c.createdAt, c.id",
                        Object[].class)
                .setParameter("person", personId)
                .getResultList()) {
            records.add(new DataRecord()
                    .with("meeting", row[0])
                    .with("agendaItem", row[1])
                    .with("title", row[2])
                    .with("onBehalfOf", row[3])
                    .with("visibility", row[4])
                    .with("status", row[5])
                    .with("createdAt", row[6])
                    .with("reviewComment", row[7])
                    .with("versions", ((Number) row[8]).intValue()));
        }
        return records;
    }

    /** The action items the person owns, in their own name or as their organisation's named contact. */
    private List<DataRecord> actionItems(long personId) {
        List<DataRecord> records = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select m.title, ai.title, a.description, o.name, a.dueDate, a.priority, a.status from ActionItem a "
                                + "join a.meeting m left join a.agendaItem ai left join a.ownerOrganisation o where a.ownerPerson.id = :person "
                                + "order by a.dueDate, a.id",
                        Object[].class)
                .setParameter("person", personId)
                .getResultList()) {
            records.add(new DataRecord()
                    .with("meeting", row[0])
                    .with("agendaItem", row[1])
                    .with("description", row[2])
                    .with("organisation", row[3])
                    .with("dueOn", row[4])
                    .with("priority", row[5])
                    .with("status", row[6]));
        }
        return records;
    }

    /** The person's comments on draft minutes, with what the secretariat answered. */
    private List<DataRecord> minutesComments(long personId) {
        List<DataRecord> records = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select mt.title, ai.title, c.body, c.createdAt, c.resolution, c.reason from MinutesComment c "
                                + "join c.section s join s.minutes mi join mi.meeting mt join s.item ai where c.person.id = :person "
                                + "order by c.createdAt, c.id",
                        Object[].class)
                .setParameter("person", personId)
                .getResultList()) {
            records.add(new DataRecord()
                    .with("meeting", row[0])
                    .with("agendaItem", row[1])
                    .with("comment", row[2])
                    .with("createdAt", row[3])
                    .with("resolution", row[4])
                    .with("reason", row[5]));
        }
        return records;
    }

    /** The export as JSON (UTF-8), with ISO-8601 instants and dates and enum constants as they are stored. */
    public byte[] exportJson(long personId) {
        PersonalData data = collect(personId);
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("personId", data.getPersonId())
                .add("exportedAt", data.getExportedAt().toString())
                .add("controller", data.getController());
        JsonObjectBuilder sections = Json.createObjectBuilder();
        for (DataSection section : data.getSections()) {
            JsonArrayBuilder records = Json.createArrayBuilder();
            for (DataRecord record : section.getRecords()) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                for (Map.Entry<String, Object> field : record.getFields().entrySet()) {
                    addValue(object, field.getKey(), field.getValue());
                }
                records.add(object);
            }
            sections.add(section.getName(), records);
        }
        root.add("data", sections);
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The export as a readable PDF, in the given language. */
    public PdfFile exportPdf(long personId, Locale locale) {
        return PersonalDataPdf.render(collect(personId), locale);
    }

    private static void addValue(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof Boolean flag) {
            object.add(name, flag);
        } else if (value instanceof Integer || value instanceof Long) {
            object.add(name, ((Number) value).longValue());
        } else if (value instanceof Enum<?> constant) {
            object.add(name, constant.name());
        } else if (value instanceof Instant || value instanceof LocalDate) {
            object.add(name, value.toString());
        } else {
            object.add(name, value.toString());
        }
    }

    /**
     * Anonymises a person who is not regulator staff (refused for them), after the secretariat confirmed it;
     * {@code version} is the one the secretariat saw.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void anonymise(long personId, long version) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException();
        }
        Versions.require(person, version);
        Anonymiser.anonymise(em, person, clock.instant());
        // The person row no longer says who it was: the log keeps who anonymised which number, and when.
        LOG.info(() ->
                "Person " + personId + " anonymised by " + callers.current().getLogin());
    }

    /** Whether the person may be anonymised: not already, and not regulator staff. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public boolean canAnonymise(long personId) {
        Person person = em.find(Person.class, personId);
        return person != null && !person.isAnonymised() && !Anonymiser.isStaff(em, personId);
    }

    private Person readable(long personId) {
        Caller caller = callers.current();
        if (!caller.isSecretariat() && !Objects.equals(caller.getPersonId(), personId)) {
            throw new AccessDeniedException();
        }
        return Entities.require(em, Person.class, personId);
    }
}
