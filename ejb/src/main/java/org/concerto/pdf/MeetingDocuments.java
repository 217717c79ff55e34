package org.concerto.pdf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.MeetingService;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.security.Role;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.Messages;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Settings;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

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
        Locale language = locale != null ? locale : callers.current().getLanguage().locale();
        byte[] pdf = AgendaPdf.render(DocumentMeeting.of(details, Settings.regulatorName()), details.getAgenda(), language);
        return new PdfFile(Messages.get(language, "documents.agenda.file") + "-" + DocumentFormats.isoDate(details.getStartsAt()) + ".pdf", pdf);
    }

    /** The notice of meeting of one invitee, in their preferred language: for them and for the secretariat. */
    public PdfFile notice(long meetingId, long personId) {
        Caller caller = callers.current();
        MeetingDetails details = meetings.details(meetingId);
        if (!caller.isSecretariat() && !Objects.equals(caller.getPersonId(), personId)) {
            throw new AccessDeniedException();
        }
        // One invitation: its person and organisation load lazily in this transaction (strict JPA allows no fetch-join alias).
        Invitation invitation = em.createQuery("select i from Invitation i where i.meeting.id = :meeting and i.person.id = :person",
                        Invitation.class)
                .setParameter("meeting", meetingId)
                .setParameter("person", personId)
                .getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
        Person person = invitation.getPerson();
        Organisation organisation = person.getOrganisation();
        Addressee addressee = new Addressee(person.getId(), person.getDisplayName(), person.getJobTitle(),
                organisation == null ? null : organisation.getDisplayName(), invitation.getRole(), person.getPreferredLanguage());
        byte[] pdf = NoticePdf.render(DocumentMeeting.of(details, Settings.regulatorName()), details.getAgenda(), addressee,
                meetingPage(meetingId), clock.instant());
        Locale language = person.getPreferredLanguage().locale();
        return new PdfFile(Messages.get(language, "documents.notice.file") + "-" + DocumentFormats.isoDate(details.getStartsAt())
                + "-" + person.getLastName() + ".pdf", pdf);
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
        byte[] pdf = AttendanceSheetPdf.render(DocumentMeeting.of(details, Settings.regulatorName()), details.getInviteeGroups());
        return new PdfFile(Messages.get(AttendanceSheetPdf.LANGUAGE, "documents.attendance.file") + "-"
                + DocumentFormats.isoDate(details.getStartsAt()) + ".pdf", pdf);
    }

    /** The meeting's page at the address people use (CONCERTO_PUBLIC_URL), where an invitee answers. */
    static String meetingPage(long meetingId) {
        return Settings.publicUrl() + "meeting/view.xhtml?id=" + meetingId;
    }
}
