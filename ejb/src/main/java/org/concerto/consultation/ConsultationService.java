package org.concerto.consultation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.concerto.mail.Outbox;
import org.concerto.participant.Person;
import org.concerto.participant.StakeholderCategory;
import org.concerto.security.CallerService;
import org.concerto.shared.BusinessException;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Versions;

/**
 * The secretariat's side of written consultations: it drafts one with its questions, chooses who is invited
 * (one by one or by stakeholder category), publishes it (the invited get a mail), extends its closing or cancels it
 * (both announced), and follows the responses on its dashboard. Figures are counted by the database, a handful of
 * grouped queries whatever the number of responses.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class ConsultationService {

    private static final Logger LOG = Logger.getLogger(ConsultationService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callers;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    public long create(ConsultationDraft draft) {
        Consultation consultation = new Consultation(
                draft.getTitle(),
                draft.getSummary(),
                draft.getContextHtml(),
                draft.getAudience(),
                draft.getOpensAt(),
                draft.getClosesAt(),
                callers.current().getLogin(),
                clock.instant());
        em.persist(consultation);
        LOG.info(() -> "Consultation " + consultation.getId() + " created by "
                + callers.current().getLogin());
        return consultation.getId();
    }

    /** New details; a later closing of a published consultation is announced like an extension. */
    public void revise(ConsultationDraft draft) {
        Consultation consultation = find(draft.getConsultationId());
        Versions.require(consultation, draft.getVersionShown());
        Instant closingBefore = consultation.getClosesAt();
        consultation.revise(
                draft.getTitle(),
                draft.getSummary(),
                draft.getContextHtml(),
                draft.getAudience(),
                draft.getOpensAt(),
                draft.getClosesAt());
        if (consultation.getStatus() == ConsultationStatus.PUBLISHED
                && consultation.getClosesAt().isAfter(closingBefore)) {
            announceExtension(consultation);
        }
    }

    public Consultation consultation(long id) {
        Consultation consultation = find(id);
        consultation.getQuestions().forEach(q -> q.getOptions().size());
        consultation.getInvitees().size();
        return consultation;
    }

    public ConsultationDraft draftOf(long id) {
        return ConsultationDraft.of(find(id));
    }

    /** Every consultation, the newest closing first, with its response counts: two queries. */
    public List<ConsultationRow> list() {
        List<ConsultationRow> rows = em.createQuery(
                        "select new org.concerto.consultation.ConsultationRow(c.id, c.title, c.summary, c.audience, "
                                + "c.status, c.opensAt, c.closesAt, c.illustrative) from Consultation c "
                                + "order by c.closesAt desc, c.id desc",
                        ConsultationRow.class)
                .getResultList();
        count(rows);
        return rows;
    }

    private void count(List<ConsultationRow> rows) {
        Instant now = clock.instant();
        rows.forEach(row -> row.at(now));
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, ConsultationRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.getId(), row));
        em.createQuery(
                        "select r.consultation.id, r.state, count(r) from Response r "
                                + "where r.consultation.id in :ids group by r.consultation.id, r.state",
                        Object[].class)
                .setParameter("ids", byId.keySet())
                .getResultList()
                .forEach(row -> byId.get((Long) row[0]).count((ResponseState) row[1], (Long) row[2]));
    }

    // --- questions ---------------------------------------------------------------------------------

    public long addQuestion(long consultationId, QuestionDraft draft) {
        Consultation consultation = find(consultationId);
        Question question = consultation.addQuestion(draft);
        em.flush();
        return question.getId();
    }

    public void reviseQuestion(long consultationId, QuestionDraft draft) {
        if (draft.getQuestionId() == null) {
            throw new BusinessException("error.consultation.questionNotFound");
        }
        find(consultationId).reviseQuestion(draft.getQuestionId(), draft);
    }

    public void removeQuestion(long consultationId, long questionId) {
        find(consultationId).removeQuestion(questionId);
    }

    public void moveQuestion(long consultationId, long questionId, int step) {
        find(consultationId).moveQuestion(questionId, step);
    }

    // --- audience ----------------------------------------------------------------------------------

    /** Invites people of the directory; returns how many were not invited yet. */
    public int invite(long consultationId, List<Long> personIds) {
        Consultation consultation = find(consultationId);
        List<Person> people = personIds.isEmpty()
                ? List.of()
                : em.createQuery("select p from Person p where p.id in :ids and p.anonymisedAt is null", Person.class)
                        .setParameter("ids", personIds)
                        .getResultList();
        if (people.size() != personIds.stream().distinct().count()) {
            throw new NotFoundException();
        }
        return invite(consultation, people);
    }

    /** Invites the person of the directory with that e-mail address; returns 1, or 0 if already invited. */
    public int inviteByEmail(long consultationId, String email) {
        Consultation consultation = find(consultationId);
        String address = org.concerto.participant.EmailAddresses.normalise(email);
        List<Person> people = em.createQuery(
                        "select p from Person p where lower(p.email) = :e and p.anonymisedAt is null", Person.class)
                .setParameter("e", address)
                .getResultList();
        if (people.isEmpty()) {
            throw new BusinessException("error.consultation.noSuchPerson", address);
        }
        return invite(consultation, people);
    }

    /** Invites everyone of the directory whose organisation is of that category; returns how many were new. */
    public int inviteCategory(long consultationId, StakeholderCategory category) {
        if (category == null) {
            throw new BusinessException("error.required", new org.concerto.shared.FieldName("category"));
        }
        Consultation consultation = find(consultationId);
        List<Person> people = em.createQuery(
                        "select p from Person p where p.organisation.category = :category and p.anonymisedAt is null",
                        Person.class)
                .setParameter("category", category)
                .getResultList();
        return invite(consultation, people);
    }

    private int invite(Consultation consultation, List<Person> people) {
        List<Person> added =
                people.stream().filter(p -> !consultation.isInvited(p.getId())).toList();
        consultation.invite(added);
        if (consultation.getStatus() == ConsultationStatus.PUBLISHED) {
            added.forEach(p -> outbox.enqueue(ConsultationMails.invitation(
                    consultation, p.getEmail(), p.getDisplayName(), p.getPreferredLanguage())));
        }
        return added.size();
    }

    public void uninvite(long consultationId, long personId) {
        Consultation consultation = find(consultationId);
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException();
        }
        consultation.uninvite(person);
    }

    // --- life cycle --------------------------------------------------------------------------------

    /** Published; each invited person gets their invitation, in their language. */
    public void publish(long consultationId, long versionShown) {
        Consultation consultation = find(consultationId);
        Versions.require(consultation, versionShown);
        consultation.publish(clock.instant());
        for (Person person : consultation.getInvitees()) {
            outbox.enqueue(ConsultationMails.invitation(
                    consultation, person.getEmail(), person.getDisplayName(), person.getPreferredLanguage()));
        }
        LOG.info(() -> "Consultation " + consultationId + " published by "
                + callers.current().getLogin());
    }

    public void extend(long consultationId, Instant newClosing) {
        Consultation consultation = find(consultationId);
        consultation.extendClosing(newClosing, clock.instant());
        announceExtension(consultation);
    }

    public void cancel(long consultationId, String reason) {
        Consultation consultation = find(consultationId);
        boolean announced = consultation.getStatus() == ConsultationStatus.PUBLISHED;
        consultation.cancel(reason);
        if (announced) {
            for (Recipient recipient : concerned(consultation)) {
                outbox.enqueue(ConsultationMails.cancellation(consultation, recipient.email(), recipient.language()));
            }
        }
    }

    private void announceExtension(Consultation consultation) {
        for (Recipient recipient : concerned(consultation)) {
            outbox.enqueue(ConsultationMails.extension(
                    consultation,
                    recipient.email(),
                    recipient.person() ? ConsultationMails.respondLink(consultation) : null,
                    recipient.language()));
        }
    }

    private record Recipient(String email, org.concerto.participant.Language language, boolean person) {}

    /** Those invited, and whoever started a response (members of the public included), once each. */
    private List<Recipient> concerned(Consultation consultation) {
        Map<String, Recipient> byEmail = new java.util.LinkedHashMap<>();
        consultation
                .getInvitees()
                .forEach(p -> byEmail.put(p.getEmail(), new Recipient(p.getEmail(), p.getPreferredLanguage(), true)));
        em.createQuery(
                        "select r.email, p from Response r left join r.respondent p where r.consultation = :c "
                                + "and r.state <> :withdrawn",
                        Object[].class)
                .setParameter("c", consultation)
                .setParameter("withdrawn", ResponseState.WITHDRAWN)
                .getResultList()
                .forEach(row -> {
                    Person person = (Person) row[1];
                    byEmail.putIfAbsent(
                            (String) row[0],
                            new Recipient(
                                    (String) row[0],
                                    person == null
                                            ? org.concerto.participant.Language.FR
                                            : person.getPreferredLanguage(),
                                    person != null));
                });
        return new ArrayList<>(byEmail.values());
    }

    // --- following the responses -------------------------------------------------------------------

    /** The figures so far: four grouped queries, whatever the number of responses. */
    public Dashboard dashboard(long consultationId) {
        Consultation consultation = find(consultationId);
        Map<ResponseState, Long> byState = new EnumMap<>(ResponseState.class);
        em.createQuery(
                        "select r.state, count(r) from Response r where r.consultation = :c group by r.state",
                        Object[].class)
                .setParameter("c", consultation)
                .getResultList()
                .forEach(row -> byState.put((ResponseState) row[0], (Long) row[1]));
        Map<RespondentType, Long> byType = new EnumMap<>(RespondentType.class);
        for (RespondentType type : RespondentType.values()) {
            byType.put(type, 0L);
        }
        em.createQuery(
                        "select r.respondentType, count(r) from Response r where r.consultation = :c "
                                + "and r.state = :submitted group by r.respondentType",
                        Object[].class)
                .setParameter("c", consultation)
                .setParameter("submitted", ResponseState.SUBMITTED)
                .getResultList()
                .forEach(row -> byType.put((RespondentType) row[0], (Long) row[1]));
        Map<Long, Tally> tallies = new java.util.LinkedHashMap<>();
        for (Question question : consultation.getQuestions()) {
            if (question.isChoice()) {
                tallies.put(question.getId(), new Tally(question.getId(), question.getText(), labels(question)));
            }
        }
        if (!tallies.isEmpty()) {
            em.createQuery(
                            "select a.question.id, c, count(a) from Answer a join a.choices c join a.response r "
                                    + "where r.consultation = :c and r.state = :submitted group by a.question.id, c",
                            Object[].class)
                    .setParameter("c", consultation)
                    .setParameter("submitted", ResponseState.SUBMITTED)
                    .getResultList()
                    .forEach(row -> tallies.get((Long) row[0]).add((Integer) row[1], (Long) row[2]));
            em
                    .createQuery(
                            "select a.question.id, count(a) from Answer a join a.response r "
                                    + "where r.consultation = :c and r.state = :submitted group by a.question.id",
                            Object[].class)
                    .setParameter("c", consultation)
                    .setParameter("submitted", ResponseState.SUBMITTED)
                    .getResultList()
                    .stream()
                    .filter(row -> tallies.containsKey((Long) row[0]))
                    .forEach(row -> tallies.get((Long) row[0]).answeredBy((Long) row[1]));
        }
        return new Dashboard(
                byState.getOrDefault(ResponseState.SUBMITTED, 0L),
                byState.getOrDefault(ResponseState.DRAFT, 0L),
                byState.getOrDefault(ResponseState.WITHDRAWN, 0L),
                byType,
                new ArrayList<>(tallies.values()));
    }

    /** The labels of a closed question's choices: its options, or the agreement scale in the caller's language. */
    private List<String> labels(Question question) {
        if (question.getKind() != QuestionKind.AGREEMENT_SCALE) {
            return question.getOptions();
        }
        java.util.Locale locale = callers.current().getLanguage().locale();
        List<String> labels = new ArrayList<>();
        for (int level = 0; level < Question.AGREEMENT_LEVELS; level++) {
            labels.add(org.concerto.shared.Messages.get(locale, "consultation.agreement." + level));
        }
        return labels;
    }

    /** The responses, the last saved first, a page at a time. */
    public List<ResponseRow> responses(long consultationId, int first, int max) {
        return em.createQuery(
                        "select new org.concerto.consultation.ResponseRow(r.id, r.name, r.organisationName, "
                                + "r.respondentType, r.publication, r.state, r.submittedAt, r.submissions) "
                                + "from Response r where r.consultation.id = :id "
                                + "order by r.savedAt desc, r.id desc",
                        ResponseRow.class)
                .setParameter("id", consultationId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** One response in full, with its consultation's questions. */
    public Response response(long responseId) {
        Response response = em.find(Response.class, responseId);
        if (response == null) {
            throw new NotFoundException();
        }
        response.getConsultation().getQuestions().size();
        response.getAnswers().size();
        return response;
    }

    private Consultation find(Long id) {
        Consultation consultation = id == null ? null : em.find(Consultation.class, id);
        if (consultation == null) {
            throw new NotFoundException();
        }
        return consultation;
    }
}
