package org.concerto.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.concerto.action.ActionItem;
import org.concerto.agenda.AgendaAttachment;
import org.concerto.contribution.Contribution;
import org.concerto.contribution.ContributionVersion;
import org.concerto.interest.InterestDecision;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.Schedule;
import org.concerto.minutes.Minutes;
import org.concerto.minutes.MinutesComment;
import org.concerto.minutes.MinutesSection;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.Messages;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Zones;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * The history of a meeting for the secretariat, read from the audit trail: every revision of the meeting,
 * its invitations and agenda items, and of the documents and recusal decisions of those items, each with the
 * fields that changed. A history is a few hundred revisions at most, so it is merged and paged here.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class HistoryService {

    /**
     * The audited records shown in a meeting's history, with the property that ties them to the meeting
     * (or to one of its agenda items). An entity audited later joins the history with one line here.
     */
    static final List<Source> BY_MEETING = List.of(
            new Source(Invitation.class, "meeting"),
            new Source(AgendaItem.class, "meeting"),
            new Source(Contribution.class, "meeting"),
            new Source(ActionItem.class, "meeting"),
            new Source(Minutes.class, "meeting"));

    static final List<Source> BY_ITEM = List.of(
            new Source(AgendaAttachment.class, "item"),
            new Source(InterestDecision.class, "item"),
            new Source(MinutesSection.class, "item"));

    /**
     * Records tied to a record of the history rather than to the meeting (a contribution's versions, the
     * comments on a section of the minutes): read for the parents found, whichever way they were found.
     */
    static final List<Child> CHILDREN = List.of(
            new Child(Contribution.class, new Source(ContributionVersion.class, "contribution")),
            new Child(MinutesSection.class, new Source(MinutesComment.class, "section")));

    /** What ties a record to its meeting, or technical fields nobody reads. */
    private static final Set<String> HIDDEN = Set.of(
            "meeting",
            "item",
            "contribution",
            "minutes",
            "section",
            "calendarUid",
            "calendarSequence",
            "storageKey",
            "contentType");

    /** The parts of an embedded value nobody reads: where a file is kept and its type, as before it was one value. */
    private static final Set<String> HIDDEN_PARTS = Set.of("storageKey", "kind");

    @PersistenceContext
    private EntityManager em;

    /**
     * One page of the meeting's history, newest first; with {@code itemId}, only that agenda item, its
     * documents and its recusal decisions.
     */
    public HistoryPage meeting(long meetingId, Long itemId, int first, int size, Locale locale) {
        if (em.find(Meeting.class, meetingId) == null) {
            throw new NotFoundException();
        }
        AuditReader reader = AuditReaderFactory.get(em);
        List<Snapshot> snapshots = new ArrayList<>();
        if (itemId == null) {
            snapshots.addAll(revisions(reader, Meeting.class, AuditEntity.id().eq(meetingId)));
        }
        List<Object> itemIds = new ArrayList<>();
        for (Source source : BY_MEETING) {
            for (Snapshot snapshot : revisions(
                    reader,
                    source.type(),
                    AuditEntity.relatedId(source.property()).eq(meetingId))) {
                if (snapshot.entity() instanceof AgendaItem) {
                    if (itemId != null && !itemId.equals(snapshot.id())) {
                        continue;
                    }
                    if (!itemIds.contains(snapshot.id())) {
                        itemIds.add(snapshot.id());
                    }
                } else if (itemId != null) {
                    continue;
                }
                snapshots.add(snapshot);
            }
        }
        if (itemId != null && itemIds.isEmpty()) {
            throw new NotFoundException();
        }
        if (!itemIds.isEmpty()) {
            for (Source source : BY_ITEM) {
                snapshots.addAll(revisions(
                        reader,
                        source.type(),
                        AuditEntity.relatedId(source.property()).in(itemIds.toArray())));
            }
        }
        for (Child child : CHILDREN) {
            Object[] parents = snapshots.stream()
                    .filter(snapshot -> child.parent().isInstance(snapshot.entity()))
                    .map(Snapshot::id)
                    .distinct()
                    .toArray();
            if (parents.length > 0) {
                snapshots.addAll(revisions(
                        reader,
                        child.source().type(),
                        AuditEntity.relatedId(child.source().property()).in(parents)));
            }
        }
        List<HistoryEntry> entries = entries(snapshots, locale);
        int from = Math.min(Math.max(first, 0), entries.size());
        int to = Math.min(from + Math.max(size, 1), entries.size());
        return new HistoryPage(entries.subList(from, to), entries.size());
    }

    /** The agenda items the meeting has or had, for the history's filter: id and title. */
    public Map<Long, String> items(long meetingId) {
        Map<Long, String> items = new LinkedHashMap<>();
        AuditReader reader = AuditReaderFactory.get(em);
        for (Snapshot snapshot : revisions(
                reader, AgendaItem.class, AuditEntity.relatedId("meeting").eq(meetingId))) {
            AgendaItem item = (AgendaItem) snapshot.entity();
            if (item.getTitle() != null) {
                items.put(snapshot.id(), item.getTitle());
            }
        }
        return items;
    }

    private static List<Snapshot> revisions(
            AuditReader reader, Class<?> type, org.hibernate.envers.query.criteria.AuditCriterion criterion) {
        AuditQuery query = reader.createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc());
        List<Snapshot> snapshots = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            AbstractEntity entity = (AbstractEntity) columns[0];
            snapshots.add(new Snapshot(entity, entity.getId(), (AuditRevision) columns[1], (RevisionType) columns[2]));
        }
        return snapshots;
    }

    private List<HistoryEntry> entries(List<Snapshot> snapshots, Locale locale) {
        snapshots.sort(Comparator.comparing((Snapshot s) -> s.revision().getId()));
        Map<String, Snapshot> previous = new LinkedHashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Snapshot snapshot : snapshots) {
            Class<?> type = snapshot.entity().getClass();
            String key = type.getName() + "#" + snapshot.id();
            Snapshot before = previous.put(key, snapshot);
            List<FieldChange> changes = snapshot.type() == RevisionType.DEL
                    ? List.of()
                    : differences(
                            type,
                            before == null || before.type() == RevisionType.DEL ? null : before.entity(),
                            snapshot.entity(),
                            locale);
            if (snapshot.type() == RevisionType.MOD && changes.isEmpty()) {
                continue;
            }
            entries.add(new HistoryEntry(
                    snapshot.revision().getId(),
                    snapshot.revision().getChangedAt(),
                    login(snapshot.revision().getLogin(), locale),
                    Messages.get(locale, "audit.record." + type.getSimpleName()),
                    describe(snapshot.entity(), locale),
                    Messages.get(locale, "audit.change." + snapshot.type().name()),
                    snapshot.type().name(),
                    changes));
        }
        entries.sort(Comparator.comparing(HistoryEntry::getRevision).reversed());
        return entries;
    }

    private List<FieldChange> differences(Class<?> type, Object before, Object after, Locale locale) {
        List<FieldChange> changes = new ArrayList<>();
        // In the order the entity declares its fields, as its form shows them.
        List<Field> declared = List.of(type.getDeclaredFields());
        List<SingularAttribute<?, ?>> attributes =
                new ArrayList<>(em.getMetamodel().entity(type).getSingularAttributes());
        attributes.sort(Comparator.comparingInt(a -> a.getJavaMember() instanceof Field f && declared.contains(f)
                ? declared.indexOf(f)
                : Integer.MAX_VALUE));
        for (SingularAttribute<?, ?> attribute : attributes) {
            if (attribute.isId()
                    || attribute.isVersion()
                    || HIDDEN.contains(attribute.getName())
                    || !(attribute.getJavaMember() instanceof Field field)
                    || field.isAnnotationPresent(NotAudited.class)) {
                continue;
            }
            Object old = before == null ? null : read(field, before);
            Object now = read(field, after);
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                // A value object (a stored file) shows as its fields, as they were shown when they were the entity's
                // own.
                for (Field part : attribute.getJavaType().getDeclaredFields()) {
                    if (!Modifier.isStatic(part.getModifiers()) && !HIDDEN_PARTS.contains(part.getName())) {
                        compare(
                                part.getName(),
                                old == null ? null : read(part, old),
                                now == null ? null : read(part, now),
                                changes,
                                locale);
                    }
                }
            } else {
                compare(attribute.getName(), old, now, changes, locale);
            }
        }
        return changes;
    }

    private static void compare(String name, Object old, Object now, List<FieldChange> changes, Locale locale) {
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(label(name, locale), show(old, locale), show(now, locale)));
        }
    }

    private static Object read(Field field, Object entity) {
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    private static String label(String name, Locale locale) {
        // The form's label when there is one, so that the history speaks like the pages.
        return Messages.get(
                locale, Messages.bundle(locale).containsKey("field." + name) ? "field." + name : "audit.field." + name);
    }

    /** A value as the reader knows it: names rather than ids, dates in Paris, enum labels, yes or no. */
    static String show(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale)
                    .format(instant.atZone(Zones.DEFAULT));
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(date);
        }
        if (value instanceof Schedule schedule) {
            return show(schedule.getStartsAt(), locale) + " – " + show(schedule.getEndsAt(), locale);
        }
        if (value instanceof Boolean flag) {
            return Messages.get(locale, flag ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof Enum<?> constant) {
            return Messages.label(locale, constant);
        }
        if (value instanceof AbstractEntity entity) {
            return name(entity);
        }
        return value.toString();
    }

    /** Which record: what its users call it. */
    private static String describe(AbstractEntity entity, Locale locale) {
        if (entity instanceof Meeting meeting) {
            return Objects.toString(meeting.getTitle(), "");
        }
        if (entity instanceof Invitation invitation) {
            return name(invitation.getPerson());
        }
        if (entity instanceof AgendaItem item) {
            return Objects.toString(item.getTitle(), "");
        }
        if (entity instanceof AgendaAttachment attachment) {
            return Objects.toString(attachment.getFile().fileName(), "");
        }
        if (entity instanceof InterestDecision decision) {
            return name(decision.getPerson()) + " – " + name(decision.getItem());
        }
        return describeLater(entity);
    }

    /** The records audited since the contributions, action items and minutes landed. */
    private static String describeLater(AbstractEntity entity) {
        try {
            if (entity instanceof Contribution contribution) {
                return Objects.toString(contribution.getTitle(), "");
            }
            if (entity instanceof ContributionVersion version) {
                return version.getContribution().getTitle() + " – " + version.getNumber();
            }
            if (entity instanceof ActionItem action) {
                return Objects.toString(action.getDescription(), "");
            }
            if (entity instanceof Minutes minutes) {
                return name(minutes.getMeeting());
            }
            if (entity instanceof MinutesSection section) {
                return name(section.getItem());
            }
            if (entity instanceof MinutesComment comment) {
                return Objects.toString(comment.getAuthor(), "") + " – "
                        + name(comment.getSection().getItem());
            }
        } catch (jakarta.persistence.EntityNotFoundException e) {
            // The parent was removed since: the history keeps the record's number.
            return "#" + entity.getId();
        }
        return "#" + entity.getId();
    }

    /** A referenced record by its name; one removed since (or never loadable) by its number. */
    private static String name(AbstractEntity entity) {
        if (entity == null) {
            return "";
        }
        try {
            if (entity instanceof Person person) {
                return person.getDisplayName();
            }
            if (entity instanceof Organisation organisation) {
                return organisation.getDisplayName();
            }
            if (entity instanceof Meeting meeting) {
                return meeting.getTitle();
            }
            if (entity instanceof AgendaItem item) {
                return item.getTitle();
            }
        } catch (jakarta.persistence.EntityNotFoundException e) {
            // Removed from the directory since: the history keeps its number.
            return "#" + entity.getId();
        }
        return "#" + entity.getId();
    }

    private static String login(String login, Locale locale) {
        return switch (login) {
            case AuditRevision.SYSTEM -> Messages.get(locale, "audit.login.system");
            case "anonymous" -> Messages.get(locale, "audit.login.anonymous");
            default -> login;
        };
    }

    record Source(Class<? extends AbstractEntity> type, String property) {}

    record Child(Class<? extends AbstractEntity> parent, Source source) {}

    private record Snapshot(AbstractEntity entity, Long id, AuditRevision revision, RevisionType type) {}
}
