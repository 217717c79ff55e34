package org.concerto.minutes;

import jakarta.persistence.EntityManager;
import org.concerto.agenda.Timetable;
import org.concerto.interest.DecisionOutcome;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.AttendanceStatus;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingRole;
import org.concerto.participant.StakeholderCategory;
import org.concerto.pdf.DocumentMeeting;
import org.concerto.pdf.MinutesContent;
import org.concerto.pdf.MinutesText;
import org.concerto.shared.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what Concerto knows about a meeting (its details, attendance, agenda, recusals, documents) and what the
 * secretariat wrote into the minutes document, in a few queries whatever the size of the meeting. The private
 * and the public version come from here, from the same source; the public one leaves out confidential items and
 * names a patient representative only with their consent.
 *
 * <p>Two seams for the features built beside this one: {@link #actions} (issue 5, action items) and
 * {@link #annexes} (issue 4, written contributions). Each is the only method to change when they land.
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
    MinutesContent content(Minutes minutes, MinutesContent.Stage stage, int version, boolean publicVersion, Instant issuedAt,
                           String correction) {
        Meeting meeting = minutes.getMeeting();
        long meetingId = meeting.getId();
        DocumentMeeting document = new DocumentMeeting(meetingId, regulator(), meeting.getTitle(), meeting.getSubject(),
                meeting.getPurpose(), meeting.getSchedule().getStartsAt(), meeting.getSchedule().getEndsAt(), meeting.getFormat(),
                meeting.getVenue(), meeting.getOnlineLink(), meeting.isIllustrative());
        List<MinutesContent.Attendee> attendance = attendance(meetingId, publicVersion);
        List<AgendaRow> agenda = agenda(meeting);
        Map<Long, List<String>> recused = recusals(meetingId, publicVersion);
        List<MinutesContent.Section> sections = new ArrayList<>();
        List<MinutesContent.Action> allActions = new ArrayList<>();
        for (MinutesSection section : minutes.getSections()) {
            int number = section.getPosition() + 1;
            boolean confidential = section.getItem().isConfidential();
            List<MinutesContent.Action> actions = actions(section, number);
            if (publicVersion && confidential) {
                continue;
            }
            allActions.addAll(actions);
            sections.add(new MinutesContent.Section(number, section.getItem().getTitle(), confidential, section.getSummary(),
                    section.getPositions().stream().map(p -> new MinutesContent.Position(p.getOrganisation(), p.getStatement())).toList(),
                    section.getDecision(), votes(section), recused.getOrDefault(section.getItem().getId(), List.of()), actions));
        }
        if (publicVersion) {
            agenda = agenda.stream().filter(row -> !row.isConfidential()).toList();
        }
        MinutesContent content = new MinutesContent(document, stage, version, issuedAt, null,
                stage.isFinal() ? minutes.getApprovedBy() : null, stage.isFinal() ? minutes.getApprovedAt() : null, correction,
                publicVersion, attendance, agenda, sections, allActions, annexes(meetingId, publicVersion));
        return content.withHash(MinutesText.sha256(MinutesText.canonical(content)));
    }

    private static MinutesContent.Votes votes(MinutesSection section) {
        return section.getVotesFor() == null ? null
                : new MinutesContent.Votes(section.getVotesFor(), section.getVotesAgainst(), section.getAbstentions(), section.getMinorityOpinion());
    }

    /**
     * SEAM (issue 5, action items): the actions decided on an item. Until action items exist, each line the
     * secretariat wrote under "actions decided" ("what – who – when") is one action; once they land, this reads
     * the item's action items instead, and the PDF's section and actions table need no change.
     */
    static List<MinutesContent.Action> actions(MinutesSection section, int number) {
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

    /**
     * SEAM (issue 4, written contributions): the annex list. Until contributions exist, the documents attached to
     * the agenda items are the annexes; once they land, the submitted contributions are added here.
     */
    List<MinutesContent.Annex> annexes(long meetingId, boolean publicVersion) {
        List<Object[]> rows = em.createQuery("select att.fileName, att.uploadedBy, index(a), a.confidential from Meeting m join m.agenda a, "
                        + "AgendaAttachment att where att.item = a and m.id = :id order by index(a), att.uploadedAt",
                        Object[].class)
                .setParameter("id", meetingId)
                .getResultList();
        List<MinutesContent.Annex> annexes = new ArrayList<>();
        for (Object[] row : rows) {
            if (publicVersion && (Boolean) row[3]) {
                continue;
            }
            annexes.add(new MinutesContent.Annex(annexes.size() + 1, (String) row[0], Messages.get(Messages.FRENCH, "minutes.annex.agendaDocument"),
                    ((Number) row[2]).intValue() + 1));
        }
        return annexes;
    }

    private List<MinutesContent.Attendee> attendance(long meetingId, boolean publicVersion) {
        List<Object[]> rows = em.createQuery("select p.id, p.firstName, p.lastName, o.name, o.category, p.publicNameConsent, i.role, i.attendance "
                        + "from Invitation i join i.person p left join p.organisation o where i.meeting.id = :id "
                        + "order by o.name nulls last, p.lastName, p.firstName", Object[].class)
                .setParameter("id", meetingId)
                .getResultList();
        List<MinutesContent.Attendee> attendance = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String name = row[1] + " " + row[2];
            String organisation = (String) row[3];
            if (publicVersion && hidden((StakeholderCategory) row[4], (Boolean) row[5])) {
                name = Messages.get(Messages.FRENCH, "minutes.public.patient");
            }
            attendance.add(new MinutesContent.Attendee(name, organisation, (MeetingRole) row[6], (AttendanceStatus) row[7]));
        }
        return attendance;
    }

    /** Patients are named in public only when they agreed. */
    private static boolean hidden(StakeholderCategory category, Boolean consent) {
        return category == StakeholderCategory.PATIENT_ASSOCIATION && !Boolean.TRUE.equals(consent);
    }

    private List<AgendaRow> agenda(Meeting meeting) {
        List<AgendaRow> agenda = em.createQuery("select new org.concerto.meeting.AgendaRow(a.id, index(a), a.title, a.description, "
                        + "a.kind, pp.firstName, pp.lastName, ppo.name, po.name, a.plannedMinutes, a.confidential) "
                        + "from Meeting m join m.agenda a left join a.presenterPerson pp left join pp.organisation ppo "
                        + "left join a.presenterOrganisation po where m.id = :id order by index(a)", AgendaRow.class)
                .setParameter("id", meeting.getId())
                .getResultList();
        Timetable timetable = Timetable.of(meeting.getSchedule().getStartsAt(),
                agenda.stream().map(row -> Duration.ofMinutes(row.getPlannedMinutes())).toList());
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).schedule(timetable.slots().get(i).start(), timetable.slots().get(i).end());
        }
        return agenda;
    }

    /** The recusals decided on declared interests (org.concerto.interest), per agenda item id. */
    private Map<Long, List<String>> recusals(long meetingId, boolean publicVersion) {
        List<Object[]> rows = em.createQuery("select a.id, p.firstName, p.lastName, o.category, p.publicNameConsent "
                        + "from InterestDecision d join d.item a join d.person p left join p.organisation o, Meeting m "
                        + "where a member of m.agenda and m.id = :id and d.outcome = :recused order by p.lastName, p.firstName", Object[].class)
                .setParameter("id", meetingId)
                .setParameter("recused", DecisionOutcome.RECUSED)
                .getResultList();
        Map<Long, List<String>> recused = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String name = publicVersion && hidden((StakeholderCategory) row[3], (Boolean) row[4])
                    ? Messages.get(Messages.FRENCH, "minutes.public.patient") : row[1] + " " + row[2];
            recused.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(name);
        }
        return recused;
    }

    private String regulator() {
        return em.createQuery("select o.name from Organisation o where o.category = :category order by o.id", String.class)
                .setParameter("category", StakeholderCategory.REGULATOR)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElse(Messages.get(Messages.FRENCH, "app.name"));
    }
}
