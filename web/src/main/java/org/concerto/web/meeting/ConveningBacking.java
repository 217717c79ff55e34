package org.concerto.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.concerto.convening.AnswerService;
import org.concerto.convening.AnswerView;
import org.concerto.convening.ConveningService;
import org.concerto.convening.ResponseOverview;
import org.concerto.meeting.InvitationResponse;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingStep;
import org.concerto.web.CurrentUser;
import org.concerto.web.Notices;

/**
 * The convening section of /meeting/view.xhtml: the secretariat's steps (convene, postpone, cancel,
 * mark held, remind) and the answers at a glance; an invitee's own answer. Each step reloads the page,
 * so what is shown is what the database now says.
 */
@Named
@ViewScoped
public class ConveningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConveningService convening;

    @Inject
    private Notices notices;

    @Inject
    private AnswerService answers;

    @Inject
    private MeetingViewBacking view;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private ResponseOverview responses;
    private AnswerView mine;
    private boolean mineLoaded;
    private LocalDateTime newStartsAt;
    private LocalDateTime newEndsAt;
    private Long substituteId;

    private MeetingDetails meeting() {
        return view.getMeeting();
    }

    /** Whether the secretariat sees the button of this step: the meeting says which steps are possible now. */
    public boolean can(MeetingStep step) {
        MeetingDetails meeting = meeting();
        if (meeting == null
                || !currentUser.isSecretariat()
                || !meeting.possibleSteps(clock.instant()).contains(step)) {
            return false;
        }
        // A reminder only makes sense while someone has not answered.
        return step != MeetingStep.REMIND || getResponses().getPending() > 0;
    }

    public ResponseOverview getResponses() {
        if (responses == null && currentUser.isSecretariat() && meeting() != null) {
            responses = convening.responses(meeting().getId());
        }
        return responses;
    }

    public InvitationResponse[] getResponseKinds() {
        return InvitationResponse.values();
    }

    public AnswerView getMine() {
        if (!mineLoaded && meeting() != null) {
            mine = answers.mine(meeting().getId());
            mineLoaded = true;
        }
        return mine;
    }

    public void convene() throws IOException {
        int sent = convening.convene(meeting().getId(), meeting().getVersion());
        reload("convening.done.convene", sent);
    }

    public void postpone() throws IOException {
        ZoneId zone = ZoneId.of("Europe/Paris");
        int sent = convening.postpone(
                meeting().getId(),
                meeting().getVersion(),
                newStartsAt == null ? null : newStartsAt.atZone(zone).toInstant(),
                newEndsAt == null ? null : newEndsAt.atZone(zone).toInstant());
        reload("convening.done.postpone", sent);
    }

    public void cancel() throws IOException {
        int sent = convening.cancel(meeting().getId(), meeting().getVersion());
        reload("convening.done.cancel", sent);
    }

    public void markHeld() throws IOException {
        convening.markHeld(meeting().getId(), meeting().getVersion());
        reload("convening.done.markHeld", 0);
    }

    public void remind() throws IOException {
        int sent = convening.remind(meeting().getId(), meeting().getVersion());
        reload("convening.done.remind", sent);
    }

    public void accept() throws IOException {
        answers.answerMine(meeting().getId(), InvitationResponse.ACCEPTED);
        reload("answer.thanks.ACCEPTED", 0);
    }

    public void decline() throws IOException {
        answers.answerMine(meeting().getId(), InvitationResponse.DECLINED);
        reload("answer.thanks.DECLINED", 0);
    }

    public void sendSubstitute() throws IOException {
        answers.substituteMine(meeting().getId(), substituteId);
        reload("answer.thanks.SUBSTITUTED", answers.mine(meeting().getId()).getSubstituteName());
    }

    /** Post-redirect-get: the message survives the redirect in the flash, the page shows the new state. */
    private void reload(String key, Object argument) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        notices.doneBeforeRedirect(key, argument);
        context.getExternalContext()
                .redirect(context.getExternalContext().getRequestContextPath() + "/meeting/view.xhtml?id="
                        + meeting().getId());
    }

    public LocalDateTime getNewStartsAt() {
        return newStartsAt;
    }

    public void setNewStartsAt(LocalDateTime newStartsAt) {
        this.newStartsAt = newStartsAt;
    }

    public LocalDateTime getNewEndsAt() {
        return newEndsAt;
    }

    public void setNewEndsAt(LocalDateTime newEndsAt) {
        this.newEndsAt = newEndsAt;
    }

    public Long getSubstituteId() {
        return substituteId;
    }

    public void setSubstituteId(Long substituteId) {
        this.substituteId = substituteId;
    }
}
