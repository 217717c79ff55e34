package org.concerto.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concerto.contribution.Statement;
import org.concerto.meeting.Meeting;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.ParisTime;
import org.concerto.shared.PlausibleDates;
import org.concerto.shared.Texts;

/**
 * A written consultation: a title, a summary and its context, ordered questions, an opening and a closing
 * instant, and its audience (the people invited, or the public). Whether it is open follows from its dates once
 * the secretariat has published it; its questions no longer change once the first response is submitted.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends AbstractEntity {

    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 2000;
    public static final int REASON_LENGTH = 2000;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "context_html", length = Statement.MAX_LENGTH)
    private String contextHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsultationStatus status = ConsultationStatus.DRAFT;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    /** The meeting whose pack and page show the accepted responses, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "questions_frozen", nullable = false)
    private boolean questionsFrozen;

    @Column(name = "cancel_reason", length = REASON_LENGTH)
    private String cancelReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** Made up for the demonstration, and marked as such on every page that shows it. */
    @Column(nullable = false)
    private boolean illustrative;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<Question> questions = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "consultation_invitee",
            joinColumns = @JoinColumn(name = "consultation_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> invitees = new HashSet<>();

    protected Consultation() {
        // for JPA
    }

    public Consultation(
            String title,
            String summary,
            String contextHtml,
            Audience audience,
            Instant opensAt,
            Instant closesAt,
            String createdBy,
            Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        revise(title, summary, contextHtml, audience, opensAt, closesAt);
    }

    /** New details; the audience and the opening change only before the consultation is published. */
    public void revise(
            String title, String summary, String contextHtml, Audience audience, Instant opensAt, Instant closesAt) {
        requireNotCancelled();
        if (audience == null) {
            throw new BusinessException("error.required", new FieldName("audience"));
        }
        if (status == ConsultationStatus.PUBLISHED && (audience != this.audience || !opensAt.equals(this.opensAt))) {
            throw new BusinessException("error.consultation.alreadyPublished");
        }
        if (status == ConsultationStatus.PUBLISHED && closesAt != null && closesAt.isBefore(this.closesAt)) {
            throw new BusinessException("error.consultation.closingEarlier");
        }
        this.title = Texts.required(title, "title", TITLE_LENGTH);
        this.summary = Texts.required(summary, "consultationSummary", SUMMARY_LENGTH);
        this.contextHtml = Statement.of(contextHtml).html();
        this.audience = audience;
        setPeriod(opensAt, closesAt);
    }

    private void setPeriod(Instant opensAt, Instant closesAt) {
        if (opensAt == null) {
            throw new BusinessException("error.required", new FieldName("opensAt"));
        }
        if (closesAt == null) {
            throw new BusinessException("error.required", new FieldName("closesAt"));
        }
        PlausibleDates.check(opensAt, "opensAt");
        PlausibleDates.check(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new BusinessException("error.consultation.closesBeforeOpening");
        }
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public void linkTo(Meeting meeting) {
        requireNotCancelled();
        this.meeting = meeting;
    }

    public void markIllustrative() {
        this.illustrative = true;
    }

    // --- questions ---------------------------------------------------------------------------------

    public Question addQuestion(QuestionDraft draft) {
        requireQuestionsOpenToChange();
        Question question = new Question(this, draft);
        questions.add(question);
        return question;
    }

    public void reviseQuestion(long questionId, QuestionDraft draft) {
        requireQuestionsOpenToChange();
        question(questionId).revise(draft);
    }

    public void removeQuestion(long questionId) {
        requireQuestionsOpenToChange();
        questions.remove(question(questionId));
    }

    /** Moves a question one place up (-1) or down (+1). */
    public void moveQuestion(long questionId, int step) {
        requireQuestionsOpenToChange();
        Question question = question(questionId);
        int from = questions.indexOf(question);
        int to = from + Integer.signum(step);
        if (to < 0 || to >= questions.size()) {
            return;
        }
        Collections.swap(questions, from, to);
    }

    /** The question of this consultation with that id; any other id is refused (a forged form, a stale page). */
    public Question question(long questionId) {
        return questions.stream()
                .filter(q -> q.getId() != null && q.getId() == questionId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.consultation.questionNotFound"));
    }

    private void requireQuestionsOpenToChange() {
        requireNotCancelled();
        if (questionsFrozen) {
            throw new BusinessException("error.consultation.questionsFrozen");
        }
    }

    /** The first submitted response fixes the questions: every response answers the same ones. */
    void freezeQuestions() {
        this.questionsFrozen = true;
    }

    // --- audience ----------------------------------------------------------------------------------

    public void invite(Collection<Person> people) {
        requireNotCancelled();
        if (audience != Audience.RESTRICTED) {
            throw new BusinessException("error.consultation.publicHasNoInvitees");
        }
        invitees.addAll(people);
    }

    public void uninvite(Person person) {
        requireNotCancelled();
        invitees.remove(person);
    }

    public boolean isInvited(Long personId) {
        return personId != null && invitees.stream().anyMatch(p -> p.getId().equals(personId));
    }

    // --- life cycle --------------------------------------------------------------------------------

    /**
     * Published: scheduled until its opening, then open until its closing. It needs questions, a closing still to
     * come and, when restricted, someone invited.
     */
    public void publish(Instant now) {
        requireNotCancelled();
        if (status != ConsultationStatus.DRAFT) {
            throw new BusinessException("error.consultation.alreadyPublished");
        }
        if (questions.isEmpty()) {
            throw new BusinessException("error.consultation.noQuestions");
        }
        if (!closesAt.isAfter(now)) {
            throw new BusinessException("error.consultation.closingPassed");
        }
        if (audience == Audience.RESTRICTED && invitees.isEmpty()) {
            throw new BusinessException("error.consultation.nobodyInvited");
        }
        this.status = ConsultationStatus.PUBLISHED;
        this.publishedAt = now;
    }

    /** A later closing, announced to those invited and those who started a response. */
    public void extendClosing(Instant newClosing, Instant now) {
        requireNotCancelled();
        if (newClosing == null) {
            throw new BusinessException("error.required", new FieldName("closesAt"));
        }
        PlausibleDates.check(newClosing, "closesAt");
        if (!newClosing.isAfter(closesAt) || !newClosing.isAfter(now)) {
            throw new BusinessException("error.consultation.extensionNotLater");
        }
        this.closesAt = newClosing;
    }

    public void cancel(String reason) {
        requireNotCancelled();
        this.cancelReason = Texts.required(reason, "cancelReason", REASON_LENGTH);
        this.status = ConsultationStatus.CANCELLED;
    }

    public Phase phase(Instant now) {
        return Phase.of(status, opensAt, closesAt, now);
    }

    /** Refuses an answer outside the open period, saying when it opens or when it closed. */
    public void requireOpen(Instant now) {
        switch (phase(now)) {
            case OPEN -> {
                // answers are taken
            }
            case SCHEDULED -> throw new BusinessException("error.consultation.notYetOpen", new ParisTime(opensAt));
            case CLOSED -> throw new BusinessException("error.consultation.closed", new ParisTime(closesAt));
            default -> throw new BusinessException("error.consultation.notOpen");
        }
    }

    private void requireNotCancelled() {
        if (status == ConsultationStatus.CANCELLED) {
            throw new BusinessException("error.consultation.cancelled");
        }
    }

    // --- reading -----------------------------------------------------------------------------------

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

    public ConsultationStatus getStatus() {
        return status;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public boolean isQuestionsFrozen() {
        return questionsFrozen;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    public Set<Person> getInvitees() {
        return Collections.unmodifiableSet(invitees);
    }
}
