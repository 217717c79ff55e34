package org.concerto.minutes;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.concerto.action.ActionStatus;
import org.concerto.contribution.Contribution;
import org.concerto.contribution.ContributionAccess;
import org.concerto.contribution.ContributionAccess.Reader;
import org.concerto.contribution.ContributionStatus;
import org.concerto.interest.DecisionOutcome;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.AttendanceStatus;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingDocuments;
import org.concerto.meeting.MeetingRole;
import org.concerto.participant.Person;
import org.concerto.participant.StakeholderCategory;
import org.concerto.pdf.DocumentMeeting;
import org.concerto.pdf.MinutesContent;
import org.concerto.shared.Messages;
import org.concerto.shared.Settings;

/**
 * Turns what Concerto knows about a meeting (its details, attendance, agenda, recusals, documents) and what the
 * secretariat wrote into the minutes document, in a few queries whatever the size of the meeting. The private
 * and the public version come from here, from the same source; the public one leaves out confidential items and
 * names a patient representative only with their consent.
 *
 * <p>The action items and the accepted contributions are read here with queries of their
 * own rather than through ActionService and ContributionService: those answer as the caller may see them, and
 * the minutes are a record that must not depend on who pressed the button (the secretariat saving a draft, the
 * chair approving). The visibility rules of the minutes are applied here instead, for both versions.
 */
final class MinutesAssembler {

    /** "what – who – 2019-10-15" (or 15/10/2019): the separators a secretary types between the parts of an action. */
    private static final Pattern ACTION_PARTS = Pattern.compile("\\s+[–—-]\\s+");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final EntityManager em;

    MinutesAssembler(EntityManager em) {
        this.em = em;
    }

    /** The whole content, hashed over its canonical text. */
    MinutesContent content(
            Minutes minutes,
            Minutes.Stage stage,
            int version,
            boolean publicVersion,
            Instant issuedAt,
            String correction) {
        Meeting meeting = minutes.getMeeting();
        long meetingId = meeting.getId();
        DocumentMeeting document = new DocumentMeeting(
                meetingId,
                Settings.regulatorName(),
                meeting.getTitle(),
                meeting.getSubject(),
                meeting.getPurpose(),
                meeting.getSchedule().getStartsAt(),
                meeting.getSchedule().getEndsAt(),
                meeting.getFormat(),
                meeting.getVenue(),
                meeting.getOnlineLink(),
                meeting.isIllustrative());
        List<MinutesContent.Attendee> attendance = attendance(meetingId, publicVersion);
        List<AgendaRow> agenda = agenda(meeting);
        Map<Long, List<String>> recused = recusals(meetingId, publicVersion);
        Map<Long, List<RecordedAction>> recorded = recordedActions(meetingId, publicVersion);
        List<MinutesContent.Section> sections = new ArrayList<>();
        List<MinutesContent.Action> allActions = new ArrayList<>();
        for (MinutesSection section : minutes.getSections()) {
            int number = section.getPosition() + 1;
            boolean confidential = section.getItem().isConfidential();
            List<MinutesContent.Action> actions =
                    actions(section, number, recorded.get(section.getItem().getId()));
            if (publicVersion && confidential) {
                continue;
            }
            allActions.addAll(actions);
            sections.add(new MinutesContent.Section(
                    number,
                    section.getItem().getTitle(),
                    confidential,
                    section.getSummary(),
                    section.getPositions().stream()
                            .map(p -> new MinutesContent.Position(p.getOrganisation(), p.getStatement()))
                            .toList(),
                    section.getDecision(),
                    votes(section),
                    recused.getOrDefault(section.getItem().getId(), List.of()),
                    actions));
        }
        // Actions recorded on no agenda item belong to no section: they end the actions table, without an item number.
        for (RecordedAction action : recorded.getOrDefault(null, List.of())) {
            allActions.add(action.in(0));
        }
        Map<Long, Integer> numbers = new HashMap<>();
        agenda.forEach(row -> numbers.put(row.getId(), row.getNumber()));
        if (publicVersion) {
            agenda = agenda.stream().filter(row -> !row.isConfidential()).toList();
        }
        // The timetable is computed over the agenda as printed: the public version's times close up over confidential
        // items.
        MinutesContent content = new MinutesContent(
                document,
                stage.name(),
                stage.isFinal(),
                version,
                issuedAt,
                null,
                stage.isFinal() ? minutes.getApprovedBy() : null,
                stage.isFinal() ? minutes.getApprovedAt() : null,
                correction,
                publicVersion,
                List.of(AttendanceStatus.values()),
                attendance,
                MeetingDocuments.lines(meeting.getSchedule().getStartsAt(), agenda),
                sections,
                allActions,
                annexes(meetingId, numbers, publicVersion));
        return content.withHash(MinutesText.sha256(MinutesText.canonical(content)));
    }

    private static MinutesContent.Votes votes(MinutesSection section) {
        return section.getVotesFor() == null
                ? null
                : new MinutesContent.Votes(
                        section.getVotesFor(),
                        section.getVotesAgainst(),
                        section.getAbstentions(),
                        section.getMinorityOpinion());
    }

    /**
     * The actions decided on an item. The action items recorded in Concerto on that agenda item are the truth:
     * they are what owners are reminded of and what follow-up meetings carry over, so the minutes show them, with
     * their owner and due date as recorded. The section's own "actions decided" text is only a fallback, used
     * when no action item was recorded on the item: minutes of a meeting whose actions are not followed in
     * Concerto, or a commitment noted without a deadline. The two are not merged, because a secretary typically
     * notes the actions while drafting and records them afterwards, and the same action would appear twice.
     */
    static List<MinutesContent.Action> actions(MinutesSection section, int number, List<RecordedAction> recorded) {
        if (recorded != null && !recorded.isEmpty()) {
            return recorded.stream().map(action -> action.in(number)).toList();
        }
        return writtenActions(section, number);
    }

    /** Each line the secretariat wrote under "actions decided" ("what – who – when") as one action. */
    static List<MinutesContent.Action> writtenActions(MinutesSection section, int number) {
        List<MinutesContent.Action> actions = new ArrayList<>();
        if (section.getActionsDecided() == null) {
            return actions;
        }
        for (String line : section.getActionsDecided().split("\\R")) {
            String text = line.strip().replaceFirst("^[-•*]\\s*", "");
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = ACTION_PARTS.split(text, 3);
            LocalDate due = parts.length > 2 ? date(parts[2]) : null;
            String description = parts.length > 2 && due == null ? parts[0] + " – " + parts[2] : parts[0];
            actions.add(new MinutesContent.Action(number, description, parts.length > 1 ? parts[1] : "", due, null));
        }
        return actions;
    }

    private static LocalDate date(String text) {
        String value = text.strip();
        try {
            return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An action item recorded in Concerto, as the minutes print it. */
    record RecordedAction(String description, String owner, LocalDate due) {
        MinutesContent.Action in(int item) {
            return new MinutesContent.Action(item, description, owner, due, null);
        }
    }

    /**
     * The action items of the meeting by agenda item id (those on no item under {@code null}), by due date.
     * Cancelled ones are left out: the minutes record what was decided and stands, not an action dropped since.
     * In the public version, a patient representative who did not agree to be named is shown by their
     * organisation, or as a patient representative.
     */
    private Map<Long, List<RecordedAction>> recordedActions(long meetingId, boolean publicVersion) {
        List<Object[]> rows = em.createQuery(
                        "select ai.id, a.description, p.firstName, p.lastName, po.category, p.publicNameConsent, o.name, "
                                + "a.dueDate from ActionItem a left join a.agendaItem ai join a.ownerPerson p left join p.organisation po "
                                + "left join a.ownerOrganisation o where a.meeting.id = :id and a.status <> :cancelled order by a.dueDate, a.id",
                        Object[].class)
                .setParameter("id", meetingId)
                .setParameter("cancelled", ActionStatus.CANCELLED)
                .getResultList();
        Map<Long, List<RecordedAction>> actions = new HashMap<>();
        for (Object[] row : rows) {
            String organisation = (String) row[6];
            String person = row[2] + " " + row[3];
            String owner;
            if (publicVersion && hidden((StakeholderCategory) row[4], (Boolean) row[5])) {
                owner = organisation != null ? organisation : Messages.get(Messages.FRENCH, "minutes.public.patient");
            } else {
                owner = organisation == null ? person : organisation + " – " + person;
            }
            actions.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new RecordedAction((String) row[1], owner, (LocalDate) row[7]));
        }
        return actions;
    }

    /**
     * The annexes: the documents attached to the agenda items and the accepted written contributions, in agenda
     * order (those to the whole meeting first), an item's documents before its contributions. The minutes go to
     * every invitee, so they list a contribution only where invitees may read it (not for the secretariat only,
     * unless it has a redacted version); the public version lists only what the public may read, and nothing of a
     * confidential item. A contribution sent on behalf of an organisation is credited to it; in public, a patient
     * representative who did not agree to be named is not.
     */
    List<MinutesContent.Annex> annexes(long meetingId, Map<Long, Integer> itemNumbers, boolean publicVersion) {
        List<RankedAnnex> ranked = new ArrayList<>();
        for (MinutesContent.Annex document : agendaDocuments(meetingId, publicVersion)) {
            ranked.add(new RankedAnnex(document.item(), 0, document.title(), document.author()));
        }
        List<Contribution> accepted = em.createQuery(
                        "select distinct c from Contribution c join fetch c.author p left join fetch p.organisation "
                                + "left join fetch c.onBehalfOf left join fetch c.agendaItem left join fetch c.versions "
                                + "where c.meeting.id = :id and c.status = :accepted order by c.createdAt, c.id",
                        Contribution.class)
                .setParameter("id", meetingId)
                .setParameter("accepted", ContributionStatus.ACCEPTED)
                .getResultList();
        // The minutes are one document for every invitee, or for the public; a confidential item stays out of the
        // public one.
        Reader reader = publicVersion ? Reader.PUBLIC : Reader.INVITEE;
        for (Contribution contribution : accepted) {
            AgendaItem item = contribution.getAgendaItem();
            boolean listed =
                    ContributionAccess.sharedVersion(contribution, reader).isPresent()
                            && !(publicVersion && item != null && item.isConfidential());
            if (!listed) {
                continue;
            }
            Person person = contribution.getAuthor();
            StakeholderCategory category = person.getOrganisation() == null
                    ? null
                    : person.getOrganisation().getCategory();
            String author = contribution.getOnBehalfOf() != null
                    ? contribution.getOnBehalfOf().getName()
                    : publicVersion && hidden(category, person.isPublicNameConsent())
                            ? Messages.get(Messages.FRENCH, "minutes.public.patient")
                            : person.getFirstName() + " " + person.getLastName();
            ranked.add(new RankedAnnex(
                    item == null ? 0 : itemNumbers.getOrDefault(item.getId(), 0), 1, contribution.getTitle(), author));
        }
        // A stable sort keeps each kind in the order it was read.
        ranked.sort(Comparator.comparingInt(RankedAnnex::item).thenComparingInt(RankedAnnex::kind));
        List<MinutesContent.Annex> annexes = new ArrayList<>(ranked.size());
        for (RankedAnnex annex : ranked) {
            annexes.add(new MinutesContent.Annex(annexes.size() + 1, annex.title(), annex.author(), annex.item()));
        }
        return annexes;
    }

    private record RankedAnnex(int item, int kind, String title, String author) {}

    /** The documents attached to the agenda items, in agenda order. */
    private List<MinutesContent.Annex> agendaDocuments(long meetingId, boolean publicVersion) {
        List<Object[]> rows = em.createQuery(
                        "select att.file.fileName, att.uploadedBy, index(a), a.confidential from Meeting m join m.agenda a, "
                                + "AgendaAttachment att where att.item = a and m.id = :id order by index(a), att.uploadedAt",
                        Object[].class)
                .setParameter("id", meetingId)
                .getResultList();
        List<MinutesContent.Annex> annexes = new ArrayList<>();
        for (Object[] row : rows) {
            if (publicVersion && (Boolean) row[3]) {
                continue;
            }
            annexes.add(new MinutesContent.Annex(
                    annexes.size() + 1,
                    (String) row[0],
                    Messages.get(Messages.FRENCH, "minutes.annex.agendaDocument"),
                    ((Number) row[2]).intValue() + 1));
        }
        return annexes;
    }

    private List<MinutesContent.Attendee> attendance(long meetingId, boolean publicVersion) {
        List<Object[]> rows = em.createQuery(
                        "select p.id, p.firstName, p.lastName, o.name, o.category, p.publicNameConsent, i.role, i.attendance "
                                + "from Invitation i join i.person p left join p.organisation o where i.meeting.id = :id "
                                + "order by o.name nulls last, p.lastName, p.firstName",
                        Object[].class)
                .setParameter("id", meetingId)
                .getResultList();
        List<MinutesContent.Attendee> attendance = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String name = row[1] + " " + row[2];
            String organisation = (String) row[3];
            if (publicVersion && hidden((StakeholderCategory) row[4], (Boolean) row[5])) {
                name = Messages.get(Messages.FRENCH, "minutes.public.patient");
            }
            attendance.add(
                    new MinutesContent.Attendee(name, organisation, (MeetingRole) row[6], (AttendanceStatus) row[7]));
        }
        return attendance;
    }

    /** Patients are named in public only when they agreed. */
    private static boolean hidden(StakeholderCategory category, Boolean consent) {
        return category == StakeholderCategory.PATIENT_ASSOCIATION && !Boolean.TRUE.equals(consent);
    }

    private List<AgendaRow> agenda(Meeting meeting) {
        List<AgendaRow> agenda = em.createQuery(
                        "select new org.concerto.meeting.AgendaRow(a.id, index(a), a.title, a.description, "
                                + "a.kind, pp.firstName, pp.lastName, ppo.name, po.name, a.plannedMinutes, a.confidential) "
                                + "from Meeting m join m.agenda a left join a.presenterPerson pp left join pp.organisation ppo "
                                + "left join a.presenterOrganisation po where m.id = :id order by index(a)",
                        AgendaRow.class)
                .setParameter("id", meeting.getId())
                .getResultList();
        return agenda;
    }

    /** The recusals decided on declared interests (org.concerto.interest), per agenda item id. */
    private Map<Long, List<String>> recusals(long meetingId, boolean publicVersion) {
        List<Object[]> rows = em.createQuery(
                        "select a.id, p.firstName, p.lastName, o.category, p.publicNameConsent "
                                + "from InterestDecision d join d.item a join d.person p left join p.organisation o, Meeting m "
                                + "where a member of m.agenda and m.id = :id and d.outcome = :recused order by p.lastName, p.firstName",
                        Object[].class)
                .setParameter("id", meetingId)
                .setParameter("recused", DecisionOutcome.RECUSED)
                .getResultList();
        Map<Long, List<String>> recused = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String name = publicVersion && hidden((StakeholderCategory) row[3], (Boolean) row[4])
                    ? Messages.get(Messages.FRENCH, "minutes.public.patient")
                    : row[1] + " " + row[2];
            recused.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(name);
        }
        return recused;
    }
}
