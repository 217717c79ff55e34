package org.concerto.web.meeting;

import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingDraft;
import org.concerto.meeting.MeetingOption;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.OrganisationOption;
import org.concerto.meeting.PersonOption;
import org.concerto.meeting.PreparationService;
import org.concerto.shared.Zones;
import org.concerto.web.Notices;

/**
 * The secretariat's tools on the meeting page: invite people or an organisation's delegates, withdraw
 * an invitation, copy the meeting for a follow-up, delete a draft. Works on the meeting that
 * {@link MeetingViewBacking} loaded, and reloads it after each change.
 */
@Named
@ViewScoped
public class MeetingPreparationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingViewBacking view;

    @Inject
    private PreparationService preparation;

    @Inject
    private Event<SeriesJoined> seriesJoined;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private Notices notices;

    private PersonOption person;
    private MeetingRole role = MeetingRole.PARTICIPANT;
    private Long organisationId;
    private List<PersonOption> delegates = new ArrayList<>();
    private List<Long> chosenDelegates = new ArrayList<>();
    private List<OrganisationOption> organisations;
    private LocalDateTime followUpStart;
    private LocalDateTime followUpEnd;
    private MeetingOption seriesMeeting;
    private List<MeetingOption> series;

    private MeetingDetails meeting() {
        return view.getMeeting();
    }

    public List<PersonOption> complete(String text) {
        return preparation.invitable(meeting().getId(), text);
    }

    public void invite() {
        if (person != null) {
            preparation.invite(meeting().getId(), person.getId(), role);
            notices.done("notice.invitation.added", person.getDisplayName());
            person = null;
            view.load();
        }
    }

    public void chooseOrganisation() {
        delegates = organisationId == null
                ? new ArrayList<>()
                : preparation.delegates(meeting().getId(), organisationId);
        chosenDelegates =
                new ArrayList<>(delegates.stream().map(PersonOption::getId).toList());
    }

    public void inviteDelegates() {
        if (!chosenDelegates.isEmpty()) {
            preparation.inviteAll(meeting().getId(), chosenDelegates, role);
            notices.done("notice.invitation.addedMany", chosenDelegates.size());
            organisationId = null;
            delegates = new ArrayList<>();
            chosenDelegates = new ArrayList<>();
            view.load();
        }
    }

    public void uninvite(Long personId, String name) {
        preparation.uninvite(meeting().getId(), personId);
        notices.done("notice.invitation.removed", name);
        view.load();
    }

    public void prepareFollowUp() {
        LocalDateTime start =
                LocalDateTime.ofInstant(meeting().getStartsAt(), Zones.DEFAULT).plusMonths(1);
        followUpStart = start;
        followUpEnd = start.plus(
                java.time.Duration.between(meeting().getStartsAt(), meeting().getEndsAt()));
    }

    public void followUp() throws IOException {
        MeetingDraft dates = new MeetingDraft();
        dates.setStartsAt(
                followUpStart == null
                        ? null
                        : followUpStart.atZone(Zones.DEFAULT).toInstant());
        dates.setEndsAt(
                followUpEnd == null ? null : followUpEnd.atZone(Zones.DEFAULT).toInstant());
        long next = preparation.followUp(meeting().getId(), dates);
        notices.doneBeforeRedirect("notice.meeting.followUpCreated");
        externalContext.redirect(externalContext.getRequestContextPath() + "/meeting/edit.xhtml?id=" + next);
    }

    /** Meetings the secretariat may join this one's series to, by title. */
    public List<MeetingOption> completeSeries(String text) {
        return preparation.seriesCandidates(meeting().getId(), text);
    }

    public void joinSeries() {
        if (seriesMeeting == null) {
            throw new org.concerto.shared.BusinessException("error.meeting.seriesNone");
        }
        preparation.joinSeries(meeting().getId(), meeting().getVersion(), seriesMeeting.getId());
        notices.done("notice.meeting.seriesJoined", seriesMeeting.getTitle());
        seriesMeeting = null;
        series = null;
        seriesJoined.fire(new SeriesJoined(meeting().getId()));
        view.load();
    }

    /** The other meetings of this one's series, read once per view (and again after joining). */
    public List<MeetingOption> getSeries() {
        if (series == null) {
            series = preparation.series(meeting().getId());
        }
        return series;
    }

    public MeetingOption getSeriesMeeting() {
        return seriesMeeting;
    }

    public void setSeriesMeeting(MeetingOption seriesMeeting) {
        this.seriesMeeting = seriesMeeting;
    }

    public void delete() throws IOException {
        preparation.delete(meeting().getId(), meeting().getVersion());
        notices.doneBeforeRedirect("notice.meeting.deleted", meeting().getTitle());
        externalContext.redirect(externalContext.getRequestContextPath() + "/meeting/list.xhtml");
    }

    public List<OrganisationOption> getOrganisations() {
        if (organisations == null) {
            organisations = preparation.organisations();
        }
        return organisations;
    }

    public MeetingRole[] getRoles() {
        return MeetingRole.values();
    }

    public PersonOption getPerson() {
        return person;
    }

    public void setPerson(PersonOption person) {
        this.person = person;
    }

    public MeetingRole getRole() {
        return role;
    }

    public void setRole(MeetingRole role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<PersonOption> getDelegates() {
        return delegates;
    }

    public List<Long> getChosenDelegates() {
        return chosenDelegates;
    }

    public void setChosenDelegates(List<Long> chosenDelegates) {
        this.chosenDelegates = chosenDelegates;
    }

    public LocalDateTime getFollowUpStart() {
        return followUpStart;
    }

    public void setFollowUpStart(LocalDateTime followUpStart) {
        this.followUpStart = followUpStart;
    }

    public LocalDateTime getFollowUpEnd() {
        return followUpEnd;
    }

    public void setFollowUpEnd(LocalDateTime followUpEnd) {
        this.followUpEnd = followUpEnd;
    }
}
