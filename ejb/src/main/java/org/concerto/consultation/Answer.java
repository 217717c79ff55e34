package org.concerto.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.concerto.shared.AbstractEntity;
import org.hibernate.annotations.BatchSize;

/** A respondent's answer to one question: a text, or the positions of the options (or scale levels) chosen. */
@Entity
@Table(name = "consultation_answer")
public class Answer extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    private Response response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(length = Question.LONGEST_ANSWER)
    private String text;

    // Read for all the questions (answers) of a page at once, not one query each.
    @BatchSize(size = 100)
    @ElementCollection
    @CollectionTable(name = "consultation_answer_choice", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "choice", nullable = false)
    private Set<Integer> choices = new TreeSet<>();

    protected Answer() {
        // for JPA
    }

    Answer(Response response, Question question) {
        this.response = response;
        this.question = question;
    }

    void set(String text, Set<Integer> choices) {
        this.text = text;
        this.choices.clear();
        this.choices.addAll(choices);
    }

    boolean isEmpty() {
        return (text == null || text.isBlank()) && choices.isEmpty();
    }

    public Question getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public Set<Integer> getChoices() {
        return Collections.unmodifiableSet(new TreeSet<>(choices));
    }
}
