package org.concerto.consultation;

import java.util.Arrays;
import java.util.List;

/** What the secretariat types for a question: its options one per line. */
public class QuestionDraft implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long questionId;

    @jakarta.validation.constraints.Size(max = Question.SECTION_LENGTH) private String section;

    @jakarta.validation.constraints.Size(max = Question.TEXT_LENGTH) private String text;

    @jakarta.validation.constraints.Size(max = Question.HELP_LENGTH) private String help;

    private QuestionKind kind = QuestionKind.FREE_TEXT;
    private boolean required;
    private Integer maxLength = Question.DEFAULT_MAX_LENGTH;
    private String options;

    public static QuestionDraft of(Question question) {
        QuestionDraft draft = new QuestionDraft();
        draft.questionId = question.getId();
        draft.section = question.getSection();
        draft.text = question.getText();
        draft.help = question.getHelp();
        draft.kind = question.getKind();
        draft.required = question.isRequired();
        draft.maxLength = question.getKind() == QuestionKind.FREE_TEXT ? question.getMaxLength() : null;
        draft.options = String.join("\n", question.getOptions());
        return draft;
    }

    /** The non-blank lines of the options field. */
    List<String> optionLines() {
        if (options == null) {
            return List.of();
        }
        return Arrays.stream(options.split("\\R"))
                .filter(line -> !line.isBlank())
                .toList();
    }

    public Long getQuestionId() {
        return questionId;
    }

    public void setQuestionId(Long questionId) {
        this.questionId = questionId;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
