package org.concerto.web.invitation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.convening.AnswerService;
import org.concerto.convening.AnswerView;
import org.concerto.meeting.InvitationResponse;
import org.concerto.shared.Messages;
import org.concerto.web.LocaleBacking;

import java.io.Serializable;

/**
 * /invitation/answer.xhtml?token=…: an invitee answers from the link of their notice, logged in or not
 * (see AnswerService for why the token alone is enough). An unknown token is a page that does not exist.
 */
@Named
@ViewScoped
public class AnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AnswerService answers;

    @Inject
    private LocaleBacking language;

    private String token;
    private AnswerView invitation;
    private Long substituteId;

    public void load() {
        invitation = answers.byToken(token);
    }

    public void accept() {
        answers.answer(token, InvitationResponse.ACCEPTED);
        done(InvitationResponse.ACCEPTED, null);
    }

    public void decline() {
        answers.answer(token, InvitationResponse.DECLINED);
        done(InvitationResponse.DECLINED, null);
    }

    public void sendSubstitute() {
        answers.substitute(token, substituteId);
        load();
        done(InvitationResponse.SUBSTITUTED, invitation.getSubstituteName());
    }

    private void done(InvitationResponse response, String name) {
        load();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.format(language.getLocale(), "answer.thanks." + response.name(), name == null ? "" : name), null));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public AnswerView getInvitation() {
        return invitation;
    }

    public Long getSubstituteId() {
        return substituteId;
    }

    public void setSubstituteId(Long substituteId) {
        this.substituteId = substituteId;
    }
}
