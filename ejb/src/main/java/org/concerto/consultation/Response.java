package org.concerto.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Texts;

/**
 * One respondent's response to a consultation: who they are and on whose behalf they answer, their declared
 * interests, what they allow to be published, and their answers. Saved as a draft as often as they like, submitted
 * when complete, amended (each submission counted and fingerprinted) or withdrawn until the closing.
 */
@Entity
@Table(name = "consultation_response")
public class Response extends AbstractEntity {

    public static final int NAME_LENGTH = 200;
    public static final int ORGANISATION_LENGTH = 300;
    public static final int TRANSPARENCY_LENGTH = 50;
    public static final int DISCLOSURE_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    /** The person of the directory who answers, when logged in; null for a member of the public. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "respondent_id")
    private Person respondent;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = NAME_LENGTH)
    private String name;

    @Column(name = "organisation_name", length = ORGANISATION_LENGTH)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type", length = 30)
    private RespondentType respondentType;

    @Column(name = "transparency_number", length = TRANSPARENCY_LENGTH)
    private String transparencyNumber;

    @Column(name = "no_interests", nullable = false)
    private boolean noInterests;

    @Column(length = DISCLOSURE_LENGTH)
    private String disclosure;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Publication publication;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseState state = ResponseState.DRAFT;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(nullable = false)
    private int submissions;

    /** SHA-256 of the response as last submitted (see {@link #fingerprint()}), printed on its receipt. */
    @Column(length = 64)
    private String sha256;

    @Column(name = "access_token_hash", length = 64, unique = true)
    private String accessTokenHash;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Answer> answers = new ArrayList<>();

    protected Response() {
        // for JPA
    }

    public Response(Consultation consultation, Person respondent, String email, Instant now) {
        this.consultation = consultation;
        this.respondent = respondent;
        this.email = email;
        this.startedAt = now;
        this.savedAt = now;
    }

    /**
     * Keeps what the form says, checked field by field and question by question: a value out of bounds, an option
     * that does not exist or a question of another consultation is refused and nothing is kept. A draft may be
     * incomplete; {@link #submit} asks for the rest.
     */
    public void save(ResponseForm form, Instant now) {
        requireNotWithdrawn();
        this.name = Texts.optional(form.getName(), "respondentName", NAME_LENGTH);
        this.organisationName = form.isOnBehalfOfOrganisation()
                ? Texts.optional(form.getOrganisationName(), "organisationName", ORGANISATION_LENGTH)
                : null;
        this.respondentType = form.getRespondentType();
        this.transparencyNumber = form.isOnBehalfOfOrganisation()
                ? Texts.optional(form.getTransparencyNumber(), "transparencyNumber", TRANSPARENCY_LENGTH)
                : null;
        this.noInterests = form.isNoInterests();
        this.disclosure = Texts.optional(form.getDisclosure(), "disclosure", DISCLOSURE_LENGTH);
        this.publication = form.getPublication();
        Set<Long> answered = new HashSet<>();
        answered.addAll(form.getTexts().keySet());
        answered.addAll(form.getChoices().keySet());
        answered.addAll(form.getMultipleChoices().keySet());
        for (Long questionId : answered) {
            // A question of another consultation, or none: refused (error.consultation.questionNotFound).
            consultation.question(questionId);
        }
        for (Question question : consultation.getQuestions()) {
            String text = null;
            Set<Integer> chosen = new TreeSet<>();
            switch (question.getKind()) {
                case FREE_TEXT -> {
                    text = Texts.optional(form.getTexts().get(question.getId()), "answer", Question.LONGEST_ANSWER);
                    if (text != null && text.length() > question.getMaxLength()) {
                        throw new BusinessException(
                                "error.consultation.answerTooLong", question.getText(), question.getMaxLength());
                    }
                }
                case SINGLE_CHOICE, AGREEMENT_SCALE -> {
                    String value = form.getChoices().get(question.getId());
                    if (value != null && !value.isBlank()) {
                        chosen.add(choice(question, value));
                    }
                }
                case MULTIPLE_CHOICE -> {
                    for (String value : values(form.getMultipleChoices().get(question.getId()))) {
                        chosen.add(choice(question, value));
                    }
                }
            }
            Answer answer = answerTo(question).orElse(null);
            if (text == null && chosen.isEmpty()) {
                if (answer != null) {
                    answers.remove(answer);
                }
                continue;
            }
            if (answer == null) {
                answer = new Answer(this, question);
                answers.add(answer);
            }
            answer.set(text, chosen);
        }
        this.savedAt = now;
    }

    private static int choice(Question question, String value) {
        try {
            int position = Integer.parseInt(value.trim());
            if (position >= 0 && position < question.choiceCount()) {
                return position;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number out of range
        }
        throw new BusinessException("error.consultation.noSuchOption", question.getText());
    }

    private static List<String> values(Object submitted) {
        if (submitted == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (submitted instanceof Object[] array) {
            for (Object value : array) {
                values.add(String.valueOf(value));
            }
        } else if (submitted instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
        } else {
            values.add(String.valueOf(submitted));
        }
        return values;
    }

    /** Submitted (again): every required question answered and the respondent's identity and choices given. */
    public void submit(Instant now) {
        requireNotWithdrawn();
        if (name == null) {
            throw new BusinessException("error.required", new FieldName("respondentName"));
        }
        if (respondentType == null) {
            throw new BusinessException("error.required", new FieldName("respondentType"));
        }
        if (publication == null) {
            throw new BusinessException("error.required", new FieldName("publication"));
        }
        if (!noInterests && disclosure == null) {
            throw new BusinessException("error.consultation.interestsMissing");
        }
        for (Question question : consultation.getQuestions()) {
            if (question.isRequired() && answerTo(question).isEmpty()) {
                throw new BusinessException("error.consultation.answerRequired", question.getText());
            }
        }
        this.state = ResponseState.SUBMITTED;
        this.submittedAt = now;
        this.submissions++;
        this.sha256 = org.concerto.security.Tokens.hash(fingerprint());
        consultation.freezeQuestions();
    }

    void withdraw(Instant now) {
        if (state != ResponseState.SUBMITTED) {
            throw new BusinessException("error.consultation.notSubmitted");
        }
        this.state = ResponseState.WITHDRAWN;
        this.savedAt = now;
    }

    private void requireNotWithdrawn() {
        if (state == ResponseState.WITHDRAWN) {
            throw new BusinessException("error.consultation.withdrawn");
        }
    }

    /** The response as one text, in the questions' order: what its SHA-256 fingerprints. */
    String fingerprint() {
        StringBuilder text = new StringBuilder();
        text.append(consultation.getId()).append('\n').append(email).append('\n');
        text.append(name)
                .append('\n')
                .append(organisationName)
                .append('\n')
                .append(respondentType)
                .append('\n');
        text.append(transparencyNumber)
                .append('\n')
                .append(noInterests)
                .append('\n')
                .append(disclosure);
        text.append('\n').append(publication).append('\n');
        for (Question question : consultation.getQuestions()) {
            Optional<Answer> answer = answerTo(question);
            text.append(question.getId()).append(": ");
            answer.ifPresent(a -> text.append(a.getChoices()).append(' ').append(a.getText()));
            text.append('\n');
        }
        return text.toString();
    }

    public Optional<Answer> answerTo(Question question) {
        return answers.stream().filter(a -> a.getQuestion().equals(question)).findFirst();
    }

    /** The form filled in from this response, to go on with it or amend it. */
    public ResponseForm toForm() {
        ResponseForm form = new ResponseForm();
        form.setName(name);
        form.setOnBehalfOfOrganisation(organisationName != null);
        form.setOrganisationName(organisationName);
        form.setRespondentType(respondentType);
        form.setTransparencyNumber(transparencyNumber);
        form.setNoInterests(noInterests);
        form.setDisclosure(disclosure);
        form.setPublication(publication);
        form.setVersionShown(getVersion());
        for (Answer answer : answers) {
            Long id = answer.getQuestion().getId();
            switch (answer.getQuestion().getKind()) {
                case FREE_TEXT -> form.getTexts().put(id, answer.getText());
                case SINGLE_CHOICE, AGREEMENT_SCALE ->
                    answer.getChoices().stream().findFirst().ifPresent(c -> form.getChoices()
                            .put(id, String.valueOf(c)));
                case MULTIPLE_CHOICE ->
                    form.getMultipleChoices()
                            .put(
                                    id,
                                    answer.getChoices().stream()
                                            .map(String::valueOf)
                                            .toList()
                                            .toArray(new String[0]));
            }
        }
        return form;
    }

    /** A new private link for a member of the public: the token given replaces any earlier one. */
    void giveAccess(String tokenHash) {
        this.accessTokenHash = tokenHash;
    }

    public boolean isBy(Long personId) {
        return respondent != null && personId != null && respondent.getId().equals(personId);
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public Person getRespondent() {
        return respondent;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public RespondentType getRespondentType() {
        return respondentType;
    }

    public String getTransparencyNumber() {
        return transparencyNumber;
    }

    public boolean isNoInterests() {
        return noInterests;
    }

    public String getDisclosure() {
        return disclosure;
    }

    public Publication getPublication() {
        return publication;
    }

    public ResponseState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getSubmissions() {
        return submissions;
    }

    public String getSha256() {
        return sha256;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }

    /** Answers by question id, for a page that lists the questions. */
    public Map<Long, Answer> answersByQuestion() {
        Map<Long, Answer> byQuestion = new java.util.HashMap<>();
        answers.forEach(a -> byQuestion.put(a.getQuestion().getId(), a));
        return byQuestion;
    }
}
