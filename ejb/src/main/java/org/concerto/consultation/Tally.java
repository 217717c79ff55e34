package org.concerto.consultation;

import java.util.ArrayList;
import java.util.List;

/** The answers to one closed question: how many chose each option, of how many who answered it. */
public class Tally {

    private final Long questionId;
    private final String question;
    private final List<Line> lines = new ArrayList<>();
    private long answered;

    Tally(Long questionId, String question, List<String> labels) {
        this.questionId = questionId;
        this.question = question;
        labels.forEach(label -> lines.add(new Line(label)));
    }

    void add(int choice, long count) {
        if (choice >= 0 && choice < lines.size()) {
            lines.get(choice).count += count;
        }
    }

    void answeredBy(long respondents) {
        this.answered = respondents;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public String getQuestion() {
        return question;
    }

    public List<Line> getLines() {
        return lines;
    }

    public long getAnswered() {
        return answered;
    }

    /** One option and its share of those who answered the question (several options each for a multiple choice). */
    public class Line {
        private final String label;
        private long count;

        Line(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        /** Whole per cent, rounded half up; 0 when nobody answered. */
        public long getPercent() {
            return answered == 0 ? 0 : Math.round(100.0 * count / answered);
        }
    }
}
