package org.concerto.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Entities;
import org.concerto.shared.Role;
import org.concerto.shared.Texts;

/**
 * The secretariat's directory: organisations and people, searched, created, edited and imported from a
 * spreadsheet. Only the secretariat may read or change it: participants see people through the meetings
 * they are invited to, never the whole directory. Nothing is deleted here: people are referenced by
 * meetings, agendas and minutes.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class DirectoryService {

    private static final String ORGANISATION_ROW =
            "select new org.concerto.participant.OrganisationRow(o.id, o.name, o.acronym, o.category, "
                    + "(select count(p) from Person p where p.organisation = o)) from Organisation o";
    private static final String PERSON_ROW =
            "select new org.concerto.participant.PersonRow(p.id, p.firstName, p.lastName, p.email, "
                    + "p.jobTitle, p.preferredLanguage, o.name, o.category) from Person p left join p.organisation o";
    private static final int MAX_PAGE = 200;
    private static final int IN_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    /** One page of organisations, filtered by name or acronym and category, sorted in the database. */
    public List<OrganisationRow> searchOrganisations(DirectorySearch search, int first, int max) {
        StringBuilder jpql = new StringBuilder(ORGANISATION_ROW);
        Map<String, Object> parameters = whereOrganisation(jpql, search);
        String direction = search.isAscending() ? " asc" : " desc";
        String path = search.getSort() == DirectorySearch.Sort.CATEGORY ? "o.category" : "lower(o.name)";
        jpql.append(" order by ")
                .append(path)
                .append(direction)
                .append(", o.id")
                .append(direction);
        return page(em.createQuery(jpql.toString(), OrganisationRow.class), parameters, first, max);
    }

    public long countOrganisations(DirectorySearch search) {
        StringBuilder jpql = new StringBuilder("select count(o) from Organisation o");
        Map<String, Object> parameters = whereOrganisation(jpql, search);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Every organisation by name, for the choice of a person's organisation and the import's look-ups. */
    public List<OrganisationRow> organisations() {
        return em.createQuery(ORGANISATION_ROW + " order by lower(o.name), o.id", OrganisationRow.class)
                .getResultList();
    }

    /** One page of people, filtered by name or e-mail, organisation and category, sorted in the database. */
    public List<PersonRow> searchPeople(DirectorySearch search, int first, int max) {
        StringBuilder jpql = new StringBuilder(PERSON_ROW);
        Map<String, Object> parameters = wherePerson(jpql, search);
        String direction = search.isAscending() ? " asc" : " desc";
        String path =
                switch (search.getSort()) {
                    case ORGANISATION -> "lower(o.name)" + direction + " nulls last, lower(p.lastName)";
                    case CATEGORY -> "o.category" + direction + " nulls last, lower(p.lastName)";
                    case EMAIL -> "p.email";
                    case NAME -> "lower(p.lastName)" + direction + ", lower(p.firstName)";
                };
        jpql.append(" order by ")
                .append(path)
                .append(direction)
                .append(", p.id")
                .append(direction);
        return page(em.createQuery(jpql.toString(), PersonRow.class), parameters, first, max);
    }

    public long countPeople(DirectorySearch search) {
        StringBuilder jpql = new StringBuilder("select count(p) from Person p left join p.organisation o");
        Map<String, Object> parameters = wherePerson(jpql, search);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public OrganisationForm organisation(long id) {
        return new OrganisationForm(find(Organisation.class, id));
    }

    public PersonForm person(long id) {
        return new PersonForm(find(Person.class, id));
    }

    /** Creates or updates an organisation; its name is unique whatever the case. Returns its id. */
    public long save(OrganisationForm form) {
        Organisation organisation;
        if (form.isNew()) {
            organisation = new Organisation(form.getName(), form.getAcronym(), form.getCategory());
        } else {
            organisation = find(Organisation.class, form.getId());
            requireVersion(organisation.getVersion(), form.getVersion());
            organisation.describe(form.getName(), form.getAcronym(), form.getCategory());
        }
        boolean nameTaken = em.createNamedQuery("Organisation.byName", Organisation.class)
                .setParameter("name", organisation.getName())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .anyMatch(other -> !other.equals(organisation));
        if (nameTaken) {
            throw new BusinessException("error.organisation.nameTaken", organisation.getName());
        }
        if (form.isNew()) {
            em.persist(organisation);
        }
        flush();
        return organisation.getId();
    }

    /** Creates or updates a person; one person per e-mail address. Returns their id. */
    public long save(PersonForm form) {
        Organisation organisation =
                form.getOrganisationId() == null ? null : find(Organisation.class, form.getOrganisationId());
        Person person;
        if (form.isNew()) {
            person = new Person(
                    form.getFirstName(), form.getLastName(), form.getEmail(), form.getLanguage(), organisation);
        } else {
            person = find(Person.class, form.getId());
            requireVersion(person.getVersion(), form.getVersion());
            person.rename(form.getFirstName(), form.getLastName());
            person.changeEmail(form.getEmail());
            person.preferLanguage(form.getLanguage());
            person.joinOrganisation(organisation);
        }
        person.describeRole(form.getJobTitle());
        person.consentToPublicName(form.isPublicNameConsent());
        // Asked before the flush: the unique constraint stays the last guard, but the user gets a sentence, not an SQL
        // error.
        em.createQuery("select p from Person p where p.email = :email and p.id <> :self", Person.class)
                .setParameter("email", person.getEmail())
                .setParameter("self", person.getId() == null ? -1L : person.getId())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessException("error.person.emailTaken", person.getEmail(), other.getDisplayName());
                });
        if (form.isNew()) {
            em.persist(person);
        }
        flush();
        return person.getId();
    }

    /** What importing the file would do; changes nothing. */
    public ImportPreview previewImport(byte[] content) {
        return PeopleImport.check(content, new Lookups());
    }

    /**
     * Imports the good lines of the file, all in one transaction. The file is checked again: if the
     * directory changed since the preview the user confirmed (for instance someone added one of the
     * addresses meanwhile), nothing is imported and the user is asked to look at the new preview.
     */
    public int importPeople(byte[] content, int confirmedCount) {
        ImportPreview preview = PeopleImport.check(content, new Lookups());
        if (preview.getAccepted().size() != confirmedCount) {
            throw new BusinessException("error.import.changed");
        }
        Map<Long, Organisation> organisations = new LinkedHashMap<>();
        for (ImportedPerson line : preview.getAccepted()) {
            Organisation organisation = line.getOrganisationId() == null
                    ? null
                    : organisations.computeIfAbsent(line.getOrganisationId(), id -> find(Organisation.class, id));
            Person person = new Person(
                    line.getFirstName(), line.getLastName(), line.getEmail(), line.getLanguage(), organisation);
            person.describeRole(line.getJobTitle());
            em.persist(person);
        }
        flush();
        return preview.getAccepted().size();
    }

    private <T> T find(Class<T> type, long id) {
        return Entities.require(em, type, id);
    }

    /** The form was read at {@code seen}; someone saved a newer version since: refuse, keep theirs. */
    private static void requireVersion(long current, long seen) {
        if (current != seen) {
            throw new BusinessException("error.directory.stale");
        }
    }

    /** Writes now, so that a concurrent change that slipped past the version check is refused with the same sentence. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new BusinessException("error.directory.stale");
        }
    }

    private static <T> List<T> page(TypedQuery<T> query, Map<String, Object> parameters, int first, int max) {
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)))
                .getResultList();
    }

    private static Map<String, Object> whereOrganisation(StringBuilder jpql, DirectorySearch search) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (hasText(search)) {
            conditions.add("(lower(o.name) like :text escape '\\' or lower(o.acronym) like :text escape '\\')");
            parameters.put("text", Texts.containing(search.getText()));
        }
        if (search.getCategory() != null) {
            conditions.add("o.category = :category");
            parameters.put("category", search.getCategory());
        }
        appendWhere(jpql, conditions);
        return parameters;
    }

    private static Map<String, Object> wherePerson(StringBuilder jpql, DirectorySearch search) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (hasText(search)) {
            conditions.add(
                    "(lower(concat(p.firstName, ' ', p.lastName)) like :text escape '\\' "
                            + "or lower(concat(p.lastName, ' ', p.firstName)) like :text escape '\\' or p.email like :text escape '\\')");
            parameters.put("text", Texts.containing(search.getText()));
        }
        if (search.getOrganisationId() != null) {
            conditions.add("o.id = :organisation");
            parameters.put("organisation", search.getOrganisationId());
        }
        if (search.getCategory() != null) {
            conditions.add("o.category = :category");
            parameters.put("category", search.getCategory());
        }
        appendWhere(jpql, conditions);
        return parameters;
    }

    private static boolean hasText(DirectorySearch search) {
        return search.getText() != null && !search.getText().isBlank();
    }

    private static void appendWhere(StringBuilder jpql, List<String> conditions) {
        if (!conditions.isEmpty()) {
            jpql.append(" where ").append(String.join(" and ", conditions));
        }
    }

    /** The directory as an import sees it: one query for the file's addresses, one for the organisations. */
    private final class Lookups implements PeopleImport.Directory {

        @Override
        public Set<String> existingEmails(Collection<String> emails) {
            List<String> all = new ArrayList<>(emails);
            Set<String> existing = new HashSet<>();
            for (int i = 0; i < all.size(); i += IN_CHUNK) {
                existing.addAll(em.createQuery("select p.email from Person p where p.email in :emails", String.class)
                        .setParameter("emails", all.subList(i, Math.min(all.size(), i + IN_CHUNK)))
                        .getResultList());
            }
            return existing;
        }

        @Override
        public List<OrganisationRow> organisations() {
            return DirectoryService.this.organisations();
        }
    }
}
