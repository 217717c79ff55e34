package org.concerto.consultation;

import java.time.Instant;
import java.util.List;

/**
 * What the respondent's page shows: the consultation and its questions, where it stands, the response so far
 * (null before the first save) and the form to go on with.
 */
public class Answering {

    private final Long consultationId;
    private final String title;
    private final String summary;
    private final String contextHtml;
    private final Audience audience;
    private final Instant opensAt;
    private final Instant closesAt;
    private final boolean illustrative;
    private final Phase phase;
    private final List<Question> questions;
    private final ResponseState state;
    private final Instant submittedAt;
    private final String sha256;
    private final String email;
    private final ResponseForm form;

    Answering(Consultation consultation, Response response, ResponseForm form, Instant now) {
        this.consultationId = consultation.getId();
        this.title = consultation.getTitle();
        this.summary = consultation.getSummary();
        this.contextHtml = consultation.getContextHtml();
        this.audience = consultation.getAudience();
        this.opensAt = consultation.getOpensAt();
        this.closesAt = consultation.getClosesAt();
        this.illustrative = consultation.isIllustrative();
        this.phase = consultation.phase(now);
        this.questions = List.copyOf(consultation.getQuestions());
        // Read here, in the transaction: the page renders after it.
        this.questions.forEach(q -> q.getOptions().size());
        this.state = response == null ? null : response.getState();
        this.submittedAt = response == null ? null : response.getSubmittedAt();
        this.sha256 = response == null ? null : response.getSha256();
        this.email = response == null ? null : response.getEmail();
        this.form = form;
    }

    public boolean isOpen() {
        return phase == Phase.OPEN;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getContextHtml() {
        return contextHtml;
    }

    public Audience getAudience() {
        return audience;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public Phase getPhase() {
        return phase;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public ResponseState getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public String getEmail() {
        return email;
    }

    public ResponseForm getForm() {
        return form;
    }
}
