package org.concerto.web.invitation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.concerto.convening.AnswerService;
import org.concerto.convening.AnswerView;
import org.concerto.meeting.InvitationResponse;
import org.concerto.web.LocaleBacking;
import org.concerto.web.Notices;

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
    private Notices notices;

    @Inject
    private LocaleBacking language;

    private String token;
    private AnswerView invitation;
    private Long substituteId;

    public void load() {
        invitation = answers.byToken(token);
    }

    public void accept() throws IOException {
        answers.answer(token, InvitationResponse.ACCEPTED);
        done(InvitationResponse.ACCEPTED, null);
    }

    public void decline() throws IOException {
        answers.answer(token, InvitationResponse.DECLINED);
        done(InvitationResponse.DECLINED, null);
    }

    public void sendSubstitute() throws IOException {
        answers.substitute(token, substituteId);
        done(InvitationResponse.SUBSTITUTED, answers.byToken(token).getSubstituteName());
    }

    /** Post-redirect-get to the link itself: a reload or a language switch keeps the token. */
    private void done(InvitationResponse response, String name) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        notices.doneBeforeRedirect("answer.thanks." + response.name(), name == null ? "" : name);
        context.getExternalContext()
                .redirect(context.getExternalContext().getRequestContextPath() + "/invitation/answer.xhtml?token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8));
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
