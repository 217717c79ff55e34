package org.concerto.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ConsultationTest {

    private final Instant now = Instant.parse("2026-12-03T10:00:00Z");

    private Consultation consultation(Audience audience) {
        return new Consultation(
                "Transition",
                "Vos besoins",
                "<p>Contexte</p><script>alert(1)</script>",
                audience,
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)),
                "claire",
                now);
    }

    private static QuestionDraft question(QuestionKind kind, String options) {
        QuestionDraft draft = new QuestionDraft();
        draft.setKind(kind);
        draft.setText("Une question ?");
        draft.setOptions(options);
        return draft;
    }

    @Test
    void itsContextIsSanitisedAndItsPhaseFollowsItsDates() {
        Consultation consultation = consultation(Audience.PUBLIC);
        assertThat(consultation.getContextHtml()).isEqualTo("<p>Contexte</p>");
        assertThat(consultation.phase(now)).isEqualTo(Phase.DRAFT);
        consultation.addQuestion(question(QuestionKind.FREE_TEXT, null));
        consultation.publish(now);
        assertThat(consultation.phase(now)).isEqualTo(Phase.SCHEDULED);
        assertThat(consultation.phase(now.plus(Duration.ofDays(2)))).isEqualTo(Phase.OPEN);
        assertThat(consultation.phase(now.plus(Duration.ofDays(30)))).isEqualTo(Phase.CLOSED);
        assertThatThrownBy(() -> consultation.requireOpen(now))
                .isInstanceOf(BusinessException.class)
                .satisfies(
                        e -> assertThat(((BusinessException) e).getMessage(Locale.FRENCH))
                                .isEqualTo(
                                        "La consultation n'est pas encore ouverte : elle ouvrira le 04/12/2026 11:00 (heure de Paris)."));
        assertThatThrownBy(() -> consultation.requireOpen(now.plus(Duration.ofDays(31))))
                .isInstanceOf(BusinessException.class)
                .satisfies(
                        e -> assertThat(((BusinessException) e).getMessage(Locale.ENGLISH))
                                .isEqualTo(
                                        "The consultation closed on 02/01/2027 11:00 (Paris time): responses are no longer accepted."));
        consultation.cancel("Reportée");
        assertThat(consultation.phase(now.plus(Duration.ofDays(2)))).isEqualTo(Phase.CANCELLED);
    }

    @Test
    void publishingNeedsQuestionsAClosingToComeAndForARestrictedOneSomeoneInvited() {
        Consultation restricted = consultation(Audience.RESTRICTED);
        assertThatThrownBy(() -> restricted.publish(now))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.consultation.noQuestions"));
        restricted.addQuestion(question(QuestionKind.FREE_TEXT, null));
        assertThatThrownBy(() -> restricted.publish(now))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.consultation.nobodyInvited"));
        Consultation late = consultation(Audience.PUBLIC);
        late.addQuestion(question(QuestionKind.FREE_TEXT, null));
        assertThatThrownBy(() -> late.publish(now.plus(Duration.ofDays(40))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.consultation.closingPassed"));
        assertThatThrownBy(() -> consultation(Audience.PUBLIC).invite(java.util.List.of()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.consultation.publicHasNoInvitees"));
    }

    @Test
    void aClosingComesAfterTheOpeningAndAnExtensionOnlyLater() {
        assertThatThrownBy(() -> new Consultation(
                        "T", "S", null, Audience.PUBLIC, now, now.minus(Duration.ofHours(1)), "claire", now))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.consultation.closesBeforeOpening"));
        Consultation consultation = consultation(Audience.PUBLIC);
        Instant closing = consultation.getClosesAt();
        assertThatThrownBy(() -> consultation.extendClosing(closing.minus(Duration.ofDays(1)), now))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.consultation.extensionNotLater"));
        assertThat(consultation.getClosesAt()).isEqualTo(closing);
        consultation.extendClosing(closing.plus(Duration.ofDays(7)), now);
        assertThat(consultation.getClosesAt()).isEqualTo(closing.plus(Duration.ofDays(7)));
    }

    @Test
    void aChoiceQuestionHasTwoDistinctOptionsAtLeastAndAFreeTextALimitWithinBounds() {
        Consultation consultation = consultation(Audience.PUBLIC);
        assertThatThrownBy(() -> consultation.addQuestion(question(QuestionKind.SINGLE_CHOICE, "Oui")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.consultation.twoOptions"));
        assertThatThrownBy(() -> consultation.addQuestion(question(QuestionKind.MULTIPLE_CHOICE, "Oui\nNon\nOui")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.consultation.optionTwice"));
        QuestionDraft tooLong = question(QuestionKind.FREE_TEXT, null);
        tooLong.setMaxLength(Question.LONGEST_ANSWER + 1);
        assertThatThrownBy(() -> consultation.addQuestion(tooLong))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.consultation.maxLength"));
        Question scale = consultation.addQuestion(question(QuestionKind.AGREEMENT_SCALE, "ignored"));
        assertThat(scale.choiceCount()).isEqualTo(5);
        assertThat(scale.getOptions()).isEmpty();
        Question choice = consultation.addQuestion(question(QuestionKind.SINGLE_CHOICE, "Oui\n\n  Non  \n"));
        assertThat(choice.getOptions()).containsExactly("Oui", "Non");
        assertThat(consultation.getQuestions()).hasSize(2);
    }
}
