package org.concerto.consultation;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.concerto.contribution.Statement;

/** The details of a consultation as the secretariat types them. */
public class ConsultationDraft implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long consultationId;
    private long versionShown;

    @Size(max = Consultation.TITLE_LENGTH) private String title;

    @Size(max = Consultation.SUMMARY_LENGTH) private String summary;

    @Size(max = Statement.MAX_LENGTH) private String contextHtml;

    private Audience audience = Audience.RESTRICTED;
    private Instant opensAt;
    private Instant closesAt;

    public static ConsultationDraft of(Consultation consultation) {
        ConsultationDraft draft = new ConsultationDraft();
        draft.consultationId = consultation.getId();
        draft.versionShown = consultation.getVersion();
        draft.title = consultation.getTitle();
        draft.summary = consultation.getSummary();
        draft.contextHtml = consultation.getContextHtml();
        draft.audience = consultation.getAudience();
        draft.opensAt = consultation.getOpensAt();
        draft.closesAt = consultation.getClosesAt();
        return draft;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public long getVersionShown() {
        return versionShown;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getContextHtml() {
        return contextHtml;
    }

    public void setContextHtml(String contextHtml) {
        this.contextHtml = contextHtml;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(Instant opensAt) {
        this.opensAt = opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(Instant closesAt) {
        this.closesAt = closesAt;
    }
}
