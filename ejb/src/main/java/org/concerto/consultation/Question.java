package org.concerto.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Texts;
import org.hibernate.annotations.BatchSize;

/**
 * One question of a consultation: its text, an optional section heading and help, how it is answered, whether
 * an answer is required, and for free text the length allowed. A choice question has its options in order; an
 * agreement scale has the five levels of {@link #AGREEMENT_LEVELS}.
 */
@Entity
@Table(name = "consultation_question")
public class Question extends AbstractEntity {

    public static final int TEXT_LENGTH = 1000;
    public static final int SECTION_LENGTH = 200;
    public static final int HELP_LENGTH = 2000;
    public static final int OPTION_LENGTH = 300;
    public static final int MAX_OPTIONS = 30;
    public static final int DEFAULT_MAX_LENGTH = 4000;
    public static final int LONGEST_ANSWER = 20_000;
    /** Strongly agree, agree, neither, disagree, strongly disagree: labels in the bundle (consultation.agreement.N). */
    public static final int AGREEMENT_LEVELS = 5;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    private Consultation consultation;

    @Column(length = SECTION_LENGTH)
    private String section;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(length = HELP_LENGTH)
    private String help;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "max_length", nullable = false)
    private int maxLength;

    // Read for all the questions (answers) of a page at once, not one query each.
    @BatchSize(size = 100)
    @ElementCollection
    @CollectionTable(name = "consultation_question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "label", nullable = false, length = OPTION_LENGTH)
    private List<String> options = new ArrayList<>();

    protected Question() {
        // for JPA
    }

    Question(Consultation consultation, QuestionDraft draft) {
        this.consultation = consultation;
        revise(draft);
    }

    void revise(QuestionDraft draft) {
        this.text = Texts.required(draft.getText(), "questionText", TEXT_LENGTH);
        this.section = Texts.optional(draft.getSection(), "questionSection", SECTION_LENGTH);
        this.help = Texts.optional(draft.getHelp(), "questionHelp", HELP_LENGTH);
        if (draft.getKind() == null) {
            throw new BusinessException("error.required", new FieldName("questionKind"));
        }
        this.kind = draft.getKind();
        this.required = draft.isRequired();
        List<String> labels = new ArrayList<>();
        if (kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE) {
            Set<String> seen = new HashSet<>();
            for (String line : draft.optionLines()) {
                String label = Texts.required(line, "questionOptions", OPTION_LENGTH);
                if (!seen.add(label)) {
                    throw new BusinessException("error.consultation.optionTwice", label);
                }
                labels.add(label);
            }
            if (labels.size() < 2) {
                throw new BusinessException("error.consultation.twoOptions");
            }
            if (labels.size() > MAX_OPTIONS) {
                throw new BusinessException("error.consultation.tooManyOptions", MAX_OPTIONS);
            }
        }
        this.options = labels;
        if (kind == QuestionKind.FREE_TEXT) {
            Integer limit = draft.getMaxLength();
            if (limit == null) {
                limit = DEFAULT_MAX_LENGTH;
            }
            if (limit < 1 || limit > LONGEST_ANSWER) {
                throw new BusinessException("error.consultation.maxLength", LONGEST_ANSWER);
            }
            this.maxLength = limit;
        } else {
            this.maxLength = 0;
        }
    }

    /** How many choices an answer may have: the options, or the levels of the scale. */
    public int choiceCount() {
        return kind == QuestionKind.AGREEMENT_SCALE ? AGREEMENT_LEVELS : options.size();
    }

    public boolean isChoice() {
        return kind != QuestionKind.FREE_TEXT;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public String getSection() {
        return section;
    }

    public String getText() {
        return text;
    }

    public String getHelp() {
        return help;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public boolean isRequired() {
        return required;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public List<String> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
