package org.concerto.consultation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Texts;

/**
 * The public consultation hub, without an account: the public consultations the regulator has published
 * (forthcoming, open and closed), searchable, each with its page. A restricted consultation is never found here.
 */
@Stateless
@PermitAll
public class PublicConsultationService {

    public static final int MAX_QUERY = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The public consultations in that phase (all phases when null) whose title or summary holds the words. */
    public List<ConsultationRow> search(String text, Phase phase) {
        Instant now = clock.instant();
        StringBuilder jpql = new StringBuilder(
                "select new org.concerto.consultation.ConsultationRow(c.id, c.title, c.summary, c.audience, c.status, "
                        + "c.opensAt, c.closesAt, c.illustrative) from Consultation c "
                        + "where c.status = :published and c.audience = :public");
        String words = text == null || text.isBlank() ? null : Texts.containing(text);
        if (words != null) {
            jpql.append(" and (lower(c.title) like :words escape '\\' or lower(c.summary) like :words escape '\\')");
        }
        if (phase == Phase.SCHEDULED) {
            jpql.append(" and c.opensAt > :now");
        } else if (phase == Phase.OPEN) {
            jpql.append(" and c.opensAt <= :now and c.closesAt > :now");
        } else if (phase == Phase.CLOSED) {
            jpql.append(" and c.closesAt <= :now");
        }
        jpql.append(" order by c.closesAt desc, c.id desc");
        var query = em.createQuery(jpql.toString(), ConsultationRow.class)
                .setParameter("published", ConsultationStatus.PUBLISHED)
                .setParameter("public", Audience.PUBLIC)
                .setMaxResults(MAX_QUERY);
        if (words != null) {
            query.setParameter("words", words);
        }
        if (phase == Phase.SCHEDULED || phase == Phase.OPEN || phase == Phase.CLOSED) {
            query.setParameter("now", now);
        }
        List<ConsultationRow> rows = query.getResultList();
        rows.forEach(row -> row.at(now));
        return rows;
    }

    /** A public consultation's page; a draft, cancelled or restricted one is not found. */
    public Answering page(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null
                || consultation.getStatus() != ConsultationStatus.PUBLISHED
                || consultation.getAudience() != Audience.PUBLIC) {
            throw new NotFoundException();
        }
        return new Answering(consultation, null, new ResponseForm(), clock.instant());
    }
}
