package org.concerto.consultation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.concerto.mail.Outbox;
import org.concerto.participant.EmailAddresses;
import org.concerto.participant.Language;
import org.concerto.participant.Person;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.security.Tokens;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;

/**
 * Answering a consultation, logged in (an invited person, or anyone with an account for a public one) or as a
 * member of the public through the private link mailed to a confirmed address. Every save and submission checks,
 * on the server and at that instant, that the consultation is open and that this respondent may answer it: a
 * restricted consultation is refused to anyone not invited, whatever id they send.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class ResponseService {

    private static final Logger LOG = Logger.getLogger(ResponseService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callers;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    // --- logged in ---------------------------------------------------------------------------------

    /** The consultation as its respondent sees it, with their response so far (or a new form, their name filled in). */
    public Answering answering(long consultationId) {
        Person person = requirePerson(callers.current());
        Consultation consultation = answerable(consultationId, person);
        Optional<Response> response = responseOf(consultation, person, false);
        ResponseForm form = response.map(Response::toForm).orElseGet(() -> newForm(person));
        return new Answering(consultation, response.orElse(null), form, clock.instant());
    }

    /** The consultations the caller is invited to, and the public ones, that are open or closed: two queries. */
    public List<ConsultationRow> mine() {
        Caller caller = callers.current();
        List<ConsultationRow> rows = em.createQuery(
                        "select new org.concerto.consultation.ConsultationRow(c.id, c.title, c.summary, c.audience, "
                                + "c.status, c.opensAt, c.closesAt, c.illustrative) from Consultation c "
                                + "where c.status = :published and (c.audience = :public or exists "
                                + "(select p from Consultation k join k.invitees p where k = c and p.id = :person)) "
                                + "order by c.closesAt desc, c.id desc",
                        ConsultationRow.class)
                .setParameter("published", ConsultationStatus.PUBLISHED)
                .setParameter("public", Audience.PUBLIC)
                .setParameter("person", caller.getPersonId() == null ? -1L : caller.getPersonId())
                .getResultList();
        java.time.Instant now = clock.instant();
        rows.forEach(row -> row.at(now));
        return rows;
    }

    /** Saves the draft as it stands; returns the response's new version, for the next save from the same page. */
    public long save(long consultationId, ResponseForm form) {
        return keep(ownResponse(consultationId), form, false).getVersion();
    }

    /** Submits (or amends) the response; the respondent gets a receipt by mail with its SHA-256. */
    public Response submit(long consultationId, ResponseForm form) {
        Response response = keep(ownResponse(consultationId), form, true);
        outbox.enqueue(ConsultationMails.receipt(
                response,
                ConsultationMails.respondLink(response.getConsultation()),
                response.getRespondent().getPreferredLanguage()));
        LOG.info(() -> "Response " + response.getId() + " to consultation " + consultationId + " submitted by "
                + callers.current().getLogin());
        return response;
    }

    public void withdraw(long consultationId) {
        Person person = requirePerson(callers.current());
        Consultation consultation = answerable(consultationId, person);
        consultation.requireOpen(clock.instant());
        responseOf(consultation, person, true)
                .orElseThrow(() -> new BusinessException("error.consultation.notSubmitted"))
                .withdraw(clock.instant());
    }

    /** The caller's response to an open consultation they may answer, locked for the call; a new one if none. */
    private Response ownResponse(long consultationId) {
        Person person = requirePerson(callers.current());
        Consultation consultation = answerable(consultationId, person);
        consultation.requireOpen(clock.instant());
        return responseOf(consultation, person, true).orElseGet(() -> newResponse(consultation, person));
    }

    /** Keeps what the form says (and submits it): the same for an account holder and a member of the public. */
    private Response keep(Response response, ResponseForm form, boolean submit) {
        requireVersion(response, form);
        response.save(form, clock.instant());
        if (submit) {
            response.submit(clock.instant());
        }
        em.flush();
        return response;
    }

    private Consultation answerable(long consultationId, Person person) {
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null || consultation.getStatus() == ConsultationStatus.DRAFT) {
            throw new NotFoundException();
        }
        // One indexed lookup, not the whole list of invitees, on every save.
        if (consultation.getAudience() == Audience.RESTRICTED && !invited(consultation, person)) {
            throw new AccessDeniedException();
        }
        return consultation;
    }

    private Person requirePerson(Caller caller) {
        if (caller.getPersonId() == null) {
            throw new AccessDeniedException();
        }
        return em.find(Person.class, caller.getPersonId());
    }

    private boolean invited(Consultation consultation, Person person) {
        return em.createQuery(
                                "select count(p) from Consultation c join c.invitees p where c = :c and p = :p",
                                Long.class)
                        .setParameter("c", consultation)
                        .setParameter("p", person)
                        .getSingleResult()
                > 0;
    }

    private Optional<Response> responseOf(Consultation consultation, Person person, boolean lock) {
        var query = em.createQuery(
                        "select r from Response r where r.consultation = :c and r.respondent = :p", Response.class)
                .setParameter("c", consultation)
                .setParameter("p", person);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private Response newResponse(Consultation consultation, Person person) {
        Response response = new Response(consultation, person, person.getEmail(), clock.instant());
        em.persist(response);
        return response;
    }

    private static ResponseForm newForm(Person person) {
        ResponseForm form = new ResponseForm();
        form.setName(person.getDisplayName());
        if (person.getOrganisation() != null) {
            form.setOrganisationName(person.getOrganisation().getName());
        }
        return form;
    }

    /**
     * A page that showed an older state of the response (another tab saved since) is refused rather than allowed
     * to overwrite what the other tab kept; the respondent reloads and sees it.
     */
    private static void requireVersion(Response response, ResponseForm form) {
        if (response.getId() != null
                && form.getVersionShown() != null
                && form.getVersionShown() != response.getVersion()) {
            throw new BusinessException("error.consultation.savedElsewhere");
        }
    }

    // --- members of the public ---------------------------------------------------------------------

    /**
     * Mails a private link to the address given, for a public consultation that is open: the link confirms the
     * address and leads to the response (a new one, or the one started with that address, whose earlier link stops
     * working). The answer is the same whether the address had started a response or not.
     */
    @PermitAll
    public void requestLink(long consultationId, String email, Language language) {
        Consultation consultation = em.find(Consultation.class, consultationId);
        if (consultation == null
                || consultation.getStatus() == ConsultationStatus.DRAFT
                || consultation.getAudience() != Audience.PUBLIC) {
            throw new NotFoundException();
        }
        consultation.requireOpen(clock.instant());
        String address = EmailAddresses.normalise(email);
        Response response = em.createQuery(
                        "select r from Response r where r.consultation = :c and r.respondent is null and r.email = :e",
                        Response.class)
                .setParameter("c", consultation)
                .setParameter("e", address)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Response created = new Response(consultation, null, address, clock.instant());
                    em.persist(created);
                    return created;
                });
        String token = Tokens.newToken();
        response.giveAccess(Tokens.hash(token));
        outbox.enqueue(ConsultationMails.privateLink(consultation, address, token, language));
    }

    /** The response of a private link; an unknown or replaced link finds nothing. */
    @PermitAll
    public Answering answeringByLink(String token) {
        Response response = byToken(token, false);
        return new Answering(response.getConsultation(), response, response.toForm(), clock.instant());
    }

    @PermitAll
    public long saveByLink(String token, ResponseForm form) {
        Response response = byToken(token, true);
        response.getConsultation().requireOpen(clock.instant());
        return keep(response, form, false).getVersion();
    }

    @PermitAll
    public Response submitByLink(String token, ResponseForm form, Language language) {
        Response response = byToken(token, true);
        response.getConsultation().requireOpen(clock.instant());
        keep(response, form, true);
        outbox.enqueue(ConsultationMails.receipt(response, ConsultationMails.privateLink(token), language));
        return response;
    }

    @PermitAll
    public void withdrawByLink(String token) {
        Response response = byToken(token, true);
        response.getConsultation().requireOpen(clock.instant());
        response.withdraw(clock.instant());
    }

    private Response byToken(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException();
        }
        var query = em.createQuery("select r from Response r where r.accessTokenHash = :h", Response.class)
                .setParameter("h", Tokens.hash(token));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        Response response = query.getResultStream().findFirst().orElseThrow(NotFoundException::new);
        response.getConsultation().getQuestions().size();
        return response;
    }
}
