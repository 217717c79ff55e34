package org.concerto.web.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concerto.consultation.Answering;
import org.concerto.consultation.Publication;
import org.concerto.consultation.RespondentType;
import org.concerto.consultation.Response;
import org.concerto.consultation.ResponseForm;
import org.concerto.consultation.ResponseService;
import org.concerto.participant.Language;
import org.concerto.web.LocaleBacking;
import org.concerto.web.Notices;

/**
 * /consultation/respond.xhtml?id=… (logged in) and /public/respond.xhtml?token=… (a member of the public, from
 * the private link mailed to them): the questions and the response so far. Save keeps a draft, submit sends it.
 */
@Named
@ViewScoped
public class RespondBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResponseService responses;

    @Inject
    private Notices notices;

    @Inject
    private LocaleBacking language;

    private Long id;
    private String token;
    private transient Answering answering;
    private ResponseForm form;

    public void load() {
        answering = token != null ? responses.answeringByLink(token) : responses.answering(id);
        form = answering.getForm();
    }

    public String save() {
        long version = token != null ? responses.saveByLink(token, form) : responses.save(id, form);
        form.setVersionShown(version);
        notices.doneBeforeRedirect("notice.consultation.draftSaved");
        return reload();
    }

    public String submit() {
        Response response = token != null
                ? responses.submitByLink(token, form, Language.of(language.getLocale()))
                : responses.submit(id, form);
        notices.doneBeforeRedirect("notice.consultation.submitted", response.getSha256());
        return reload();
    }

    public String withdraw() {
        if (token != null) {
            responses.withdrawByLink(token);
        } else {
            responses.withdraw(id);
        }
        notices.doneBeforeRedirect("notice.consultation.withdrawn");
        return reload();
    }

    private String reload() {
        return token != null
                ? "/public/respond?faces-redirect=true&token=" + token
                : "/consultation/respond?faces-redirect=true&id=" + id;
    }

    public RespondentType[] getTypes() {
        return RespondentType.values();
    }

    public Publication[] getPublications() {
        return Publication.values();
    }

    public String[] getAgreementLevels() {
        return new String[] {"0", "1", "2", "3", "4"};
    }

    public Answering getAnswering() {
        if (answering == null) {
            answering = token != null ? responses.answeringByLink(token) : responses.answering(id);
        }
        return answering;
    }

    public ResponseForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
