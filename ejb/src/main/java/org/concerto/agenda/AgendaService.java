package org.concerto.agenda;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.concerto.files.FileContent;
import org.concerto.files.FileKind;
import org.concerto.files.FileStore;
import org.concerto.files.StoredFile;
import org.concerto.files.UploadInspection;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.MeetingService;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.Entities;
import org.concerto.shared.Role;
import org.concerto.shared.Versions;

/**
 * The secretariat builds the agenda: adds, edits, reorders and removes items until the meeting is held.
 * Reordering and removing carry the meeting's version, so two people rearranging the same agenda never
 * silently undo each other.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class AgendaService {

    private static final Logger LOG = Logger.getLogger(AgendaService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore files;

    @Inject
    private UploadInspection uploads;

    @Inject
    private MeetingService meetings;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public long add(long meetingId, AgendaItemDraft draft) {
        AgendaItem item = new AgendaItem(draft.getTitle(), draft.getDescription(), draft.getKind(), minutes(draft));
        item.presentedBy(person(draft.getPresenterPersonId()), organisation(draft.getPresenterOrganisationId()));
        item.markConfidential(draft.isConfidential());
        item.concern(organisations(draft.getConcernedOrganisationIds()));
        meeting(meetingId).addAgendaItem(item);
        em.flush();
        return item.getId();
    }

    public AgendaItemDraft draft(long meetingId, long itemId) {
        return AgendaItemDraft.of(meeting(meetingId).agendaItem(itemId));
    }

    public void update(long meetingId, AgendaItemDraft draft) {
        AgendaItem item = meeting(meetingId).agendaItem(draft.getId());
        Versions.require(item, draft.getVersion());
        item.describe(draft.getTitle(), draft.getDescription(), draft.getKind());
        item.plan(minutes(draft));
        item.presentedBy(person(draft.getPresenterPersonId()), organisation(draft.getPresenterOrganisationId()));
        item.markConfidential(draft.isConfidential());
        item.concern(organisations(draft.getConcernedOrganisationIds()));
    }

    /** Moves an item to a new place (0 is the first). */
    public void move(long meetingId, long meetingVersionShown, long itemId, int newIndex) {
        Meeting meeting = meeting(meetingId);
        Versions.require(meeting, meetingVersionShown);
        meeting.moveAgendaItem(itemId, newIndex);
    }

    public void remove(long meetingId, long meetingVersionShown, long itemId) {
        Meeting meeting = meeting(meetingId);
        Versions.require(meeting, meetingVersionShown);
        meeting.agendaItem(itemId);
        deleteAttachments(List.of(itemId));
        meeting.removeAgendaItem(itemId);
    }

    /**
     * Attaches a document to an item: received as a stream, refused (and nothing kept) unless it is a
     * PDF that is safe to pass on, within the size limit.
     */
    public long attach(long meetingId, long itemId, String submittedName, InputStream content) {
        AgendaItem item = meeting(meetingId).agendaItem(itemId);
        StoredFile file = uploads.accept(content, submittedName, Set.of(FileKind.PDF));
        AgendaAttachment attachment = new AgendaAttachment(
                item, file, clock.instant(), context.getCallerPrincipal().getName());
        em.persist(attachment);
        LOG.info(() -> "Document " + attachment.getFile().fileName() + " ("
                + attachment.getFile().sha256() + ") attached to agenda item " + itemId);
        return attachment.getId();
    }

    public void detach(long meetingId, long attachmentId) {
        AgendaAttachment attachment = attachment(attachmentId);
        meeting(meetingId).agendaItem(attachment.getItem().getId());
        em.remove(attachment);
        files.deleteAfterCommit(attachment.getFile().storageKey());
    }

    /** Forgets the documents of the given items (the items are going); their files go once that is committed. */
    public void deleteAttachments(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        for (AgendaAttachment attachment : em.createQuery(
                        "select d from AgendaAttachment d where d.item.id in :items", AgendaAttachment.class)
                .setParameter("items", itemIds)
                .getResultList()) {
            em.remove(attachment);
            files.deleteAfterCommit(attachment.getFile().storageKey());
        }
        em.flush();
    }

    /**
     * The documents of a meeting's agenda, for whoever may read the meeting; observers do not receive
     * the documents of confidential items (they attend, they do not take part in the deliberation).
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public List<AttachmentRow> attachments(long meetingId) {
        // roleOf refuses, as requireReadable does, whoever may not read the meeting.
        boolean observer = meetings.roleOf(meetingId) == MeetingRole.OBSERVER;
        return em.createQuery(
                        "select new org.concerto.agenda.AttachmentRow(d.id, i.id, d.file.fileName, d.file.size) "
                                + "from Meeting m join m.agenda i, AgendaAttachment d where d.item = i and m.id = :meeting "
                                + (observer ? "and i.confidential = false " : "")
                                + "order by d.id",
                        AttachmentRow.class)
                .setParameter("meeting", meetingId)
                .getResultList();
    }

    /** One document to download, for whoever may read its meeting (observers: not those of confidential items). */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public FileContent download(long attachmentId) throws IOException {
        AgendaAttachment attachment = attachment(attachmentId);
        Long meetingId = em.createQuery("select m.id from Meeting m join m.agenda i where i = :item", Long.class)
                .setParameter("item", attachment.getItem())
                .getSingleResult();
        // roleOf refuses, as requireReadable does, whoever may not read the meeting.
        if (meetings.roleOf(meetingId) == MeetingRole.OBSERVER
                && attachment.getItem().isConfidential()) {
            throw new AccessDeniedException();
        }
        return new FileContent(
                attachment.getFile().fileName(),
                attachment.getFile().contentType(),
                attachment.getFile().size(),
                files.open(attachment.getFile().storageKey()));
    }

    private AgendaAttachment attachment(long id) {
        return Entities.require(em, AgendaAttachment.class, id);
    }

    private static int minutes(AgendaItemDraft draft) {
        return draft.getPlannedMinutes() == null ? 0 : draft.getPlannedMinutes();
    }

    private Meeting meeting(long id) {
        return Entities.require(em, Meeting.class, id);
    }

    private Person person(Long id) {
        return id == null ? null : em.find(Person.class, id);
    }

    private List<Organisation> organisations(List<Long> ids) {
        return ids == null || ids.isEmpty()
                ? List.of()
                : em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                        .setParameter("ids", ids)
                        .getResultList();
    }

    private Organisation organisation(Long id) {
        return id == null ? null : em.find(Organisation.class, id);
    }
}
