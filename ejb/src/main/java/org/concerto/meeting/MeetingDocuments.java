package org.concerto.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.pdf.Addressee;
import org.concerto.pdf.AgendaLine;
import org.concerto.pdf.AgendaPdf;
import org.concerto.pdf.AttendanceSheetPdf;
import org.concerto.pdf.DocumentDate;
import org.concerto.pdf.DocumentMeeting;
import org.concerto.pdf.NoticePdf;
import org.concerto.pdf.PdfFile;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.Messages;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Settings;

/**
 * The PDFs of a meeting and who may have them: the agenda to whoever may read the meeting, a notice of
 * meeting to its invitee and to the secretariat, the attendance sheet to the secretariat and the chair. Reading
 * goes through {@link MeetingService#details}, so the per-meeting rule is the pages' rule.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class MeetingDocuments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingService meetings;

    @Inject
    private CallerService callers;

    @Inject
    private Clock clock;

    /** The agenda in the given language, or in the caller's own when none is given. */
    public PdfFile agenda(long meetingId, Locale locale) {
        MeetingDetails details = meetings.details(meetingId);
        Locale language =
                locale != null ? locale : callers.current().getLanguage().locale();
        byte[] pdf = AgendaPdf.render(
                document(details, Settings.regulatorName()),
                lines(details.getStartsAt(), details.getAgenda()),
                language);
        return PdfFile.of(
                Messages.get(language, "documents.agenda.file") + "-" + DocumentDate.iso(details.getStartsAt())
                        + ".pdf",
                pdf);
    }

    /** The notice of meeting of one invitee, in their preferred language: for them and for the secretariat. */
    public PdfFile notice(long meetingId, long personId) {
        Caller caller = callers.current();
        MeetingDetails details = meetings.details(meetingId);
        if (!caller.isSecretariat() && !Objects.equals(caller.getPersonId(), personId)) {
            throw new AccessDeniedException();
        }
        // One invitation: its person and organisation load lazily in this transaction (strict JPA allows no fetch-join
        // alias).
        Invitation invitation = em.createQuery(
                        "select i from Invitation i where i.meeting.id = :meeting and i.person.id = :person",
                        Invitation.class)
                .setParameter("meeting", meetingId)
                .setParameter("person", personId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        Person person = invitation.getPerson();
        Organisation organisation = person.getOrganisation();
        Addressee addressee = new Addressee(
                person.getId(),
                person.getDisplayName(),
                person.getJobTitle(),
                organisation == null ? null : organisation.getDisplayName(),
                invitation.getRole(),
                person.getPreferredLanguage().locale());
        byte[] pdf = NoticePdf.render(
                document(details, Settings.regulatorName()),
                lines(details.getStartsAt(), details.getAgenda()),
                addressee,
                meetingPage(meetingId),
                clock.instant());
        Locale language = person.getPreferredLanguage().locale();
        return PdfFile.of(
                Messages.get(language, "documents.notice.file") + "-" + DocumentDate.iso(details.getStartsAt()) + "-"
                        + person.getLastName() + ".pdf",
                pdf);
    }

    /**
     * The attendance sheet, for the secretariat and the meeting's chair (who checks on the day who signed);
     * other invitees do not get it (it is the roll call's paper form).
     */
    public PdfFile attendanceSheet(long meetingId) {
        if (!callers.current().isSecretariat() && meetings.roleOf(meetingId) != MeetingRole.CHAIR) {
            throw new AccessDeniedException();
        }
        MeetingDetails details = meetings.details(meetingId);
        byte[] pdf = AttendanceSheetPdf.render(
                document(details, Settings.regulatorName()), sheet(details.getInviteeGroups()));
        return PdfFile.of(
                Messages.get(AttendanceSheetPdf.LANGUAGE, "documents.attendance.file") + "-"
                        + DocumentDate.iso(details.getStartsAt()) + ".pdf",
                pdf);
    }

    /** What every document says about the meeting. */
    public static DocumentMeeting document(MeetingDetails details, String regulator) {
        return new DocumentMeeting(
                details.getId(),
                regulator,
                details.getTitle(),
                details.getSubject(),
                details.getPurpose(),
                details.getStartsAt(),
                details.getEndsAt(),
                details.getFormat(),
                details.getVenue(),
                details.getOnlineLink(),
                details.isIllustrative());
    }

    /** The agenda as documents print it: the timetable computed over exactly these rows, from the meeting's start. */
    public static List<AgendaLine> lines(Instant meetingStart, List<AgendaRow> agenda) {
        Timetable timetable = Timetable.of(
                meetingStart,
                agenda.stream()
                        .map(row -> Duration.ofMinutes(row.getPlannedMinutes()))
                        .toList());
        List<AgendaLine> lines = new ArrayList<>(agenda.size());
        for (int i = 0; i < agenda.size(); i++) {
            AgendaRow row = agenda.get(i);
            Timetable.Slot slot = timetable.slots().get(i);
            lines.add(new AgendaLine(
                    row.getTitle(),
                    row.getDescription(),
                    row.getKind(),
                    row.getPresenterName(),
                    row.getPresenterOrganisation(),
                    row.getPlannedMinutes(),
                    row.isConfidential(),
                    slot.start(),
                    slot.end()));
        }
        return lines;
    }

    /** The invitees as the attendance sheet lists them, by organisation. */
    public static List<AttendanceSheetPdf.Group> sheet(List<InviteeGroup> groups) {
        return groups.stream()
                .map(group -> new AttendanceSheetPdf.Group(
                        group.getOrganisationName(),
                        group.getCategory(),
                        group.getInvitees().stream()
                                .map(invitee -> new AttendanceSheetPdf.Invitee(
                                        invitee.getDisplayName(), invitee.getJobTitle(), invitee.getRole()))
                                .toList()))
                .toList();
    }

    /** The meeting's page at the address people use (CONCERTO_PUBLIC_URL), where an invitee answers. */
    static String meetingPage(long meetingId) {
        return Settings.publicUrl() + "meeting/view.xhtml?id=" + meetingId;
    }
}
