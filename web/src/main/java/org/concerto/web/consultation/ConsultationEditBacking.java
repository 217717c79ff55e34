package org.concerto.web.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.concerto.consultation.Audience;
import org.concerto.consultation.Consultation;
import org.concerto.consultation.ConsultationDraft;
import org.concerto.consultation.ConsultationService;
import org.concerto.consultation.Question;
import org.concerto.consultation.QuestionDraft;
import org.concerto.consultation.QuestionKind;
import org.concerto.participant.Person;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.Zones;
import org.concerto.web.Notices;

/**
 * /consultation/edit.xhtml[?id=…]: a new consultation, or one's details, questions and invitees, and its
 * publication. Every change goes through the service, which refuses what the consultation's state does not allow.
 */
@Named
@ViewScoped
public class ConsultationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsultationService consultations;

    @Inject
    private Notices notices;

    @Inject
    private transient java.time.Clock clock;

    private Long id;
    private ConsultationDraft draft;
    private LocalDateTime opens;
    private LocalDateTime closes;
    private LocalDateTime extendedClosing;
    private QuestionDraft question = new QuestionDraft();
    private StakeholderCategory category;
    private String cancelReason;
    private String inviteeEmail;
    private transient Consultation consultation;

    public void load() {
        if (id == null) {
            draft = new ConsultationDraft();
            LocalDate today = LocalDate.now(Zones.DEFAULT);
            opens = today.plusDays(1).atTime(LocalTime.of(9, 0));
            closes = today.plusDays(29).atTime(LocalTime.of(18, 0));
        } else {
            draft = consultations.draftOf(id);
            opens = LocalDateTime.ofInstant(draft.getOpensAt(), Zones.DEFAULT);
            closes = LocalDateTime.ofInstant(draft.getClosesAt(), Zones.DEFAULT);
        }
    }

    public String save() {
        draft.setOpensAt(opens == null ? null : opens.atZone(Zones.DEFAULT).toInstant());
        draft.setClosesAt(closes == null ? null : closes.atZone(Zones.DEFAULT).toInstant());
        if (id == null) {
            long created = consultations.create(draft);
            notices.doneBeforeRedirect("notice.consultation.created");
            return "/consultation/edit?faces-redirect=true&id=" + created;
        }
        consultations.revise(draft);
        notices.doneBeforeRedirect("notice.consultation.saved");
        return reload();
    }

    public String addQuestion() {
        consultations.addQuestion(id, question);
        notices.doneBeforeRedirect("notice.consultation.questionAdded");
        return reload();
    }

    public String removeQuestion(long questionId) {
        consultations.removeQuestion(id, questionId);
        notices.doneBeforeRedirect("notice.consultation.questionRemoved");
        return reload();
    }

    public String move(long questionId, int step) {
        consultations.moveQuestion(id, questionId, step);
        return reload();
    }

    public String inviteCategory() {
        int added = consultations.inviteCategory(id, category);
        notices.doneBeforeRedirect("notice.consultation.invited", added);
        return reload();
    }

    public String inviteEmail() {
        int added = consultations.inviteByEmail(id, inviteeEmail);
        notices.doneBeforeRedirect("notice.consultation.invited", added);
        return reload();
    }

    public String getInviteeEmail() {
        return inviteeEmail;
    }

    public void setInviteeEmail(String inviteeEmail) {
        this.inviteeEmail = inviteeEmail;
    }

    public String uninvite(long personId) {
        consultations.uninvite(id, personId);
        return reload();
    }

    public String publish() {
        consultations.publish(id, draft.getVersionShown());
        notices.doneBeforeRedirect("notice.consultation.published");
        return "/consultation/view?faces-redirect=true&id=" + id;
    }

    public String extend() {
        consultations.extend(
                id,
                extendedClosing == null
                        ? null
                        : extendedClosing.atZone(Zones.DEFAULT).toInstant());
        notices.doneBeforeRedirect("notice.consultation.extended");
        return reload();
    }

    public String cancel() {
        consultations.cancel(id, cancelReason);
        notices.doneBeforeRedirect("notice.consultation.cancelled");
        return "/consultation/list?faces-redirect=true";
    }

    private String reload() {
        return "/consultation/edit?faces-redirect=true&id=" + id;
    }

    public Consultation getConsultation() {
        if (consultation == null && id != null) {
            consultation = consultations.consultation(id);
        }
        return consultation;
    }

    public List<Question> getQuestions() {
        return getConsultation() == null ? List.of() : getConsultation().getQuestions();
    }

    public List<Person> getInvitees() {
        return getConsultation() == null
                ? List.of()
                : getConsultation().getInvitees().stream()
                        .sorted(java.util.Comparator.comparing(Person::getLastName)
                                .thenComparing(Person::getFirstName))
                        .toList();
    }

    public org.concerto.consultation.Phase getPhase() {
        return getConsultation() == null ? null : getConsultation().phase(clock.instant());
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public StakeholderCategory[] getCategories() {
        return StakeholderCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConsultationDraft getDraft() {
        return draft;
    }

    public LocalDateTime getOpens() {
        return opens;
    }

    public void setOpens(LocalDateTime opens) {
        this.opens = opens;
    }

    public LocalDateTime getCloses() {
        return closes;
    }

    public void setCloses(LocalDateTime closes) {
        this.closes = closes;
    }

    public LocalDateTime getExtendedClosing() {
        return extendedClosing;
    }

    public void setExtendedClosing(LocalDateTime extendedClosing) {
        this.extendedClosing = extendedClosing;
    }

    public QuestionDraft getQuestion() {
        return question;
    }

    public StakeholderCategory getCategory() {
        return category;
    }

    public void setCategory(StakeholderCategory category) {
        this.category = category;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
