package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.consultation.Audience;
import org.concerto.consultation.ConsultationDraft;
import org.concerto.consultation.ConsultationRow;
import org.concerto.consultation.ConsultationService;
import org.concerto.consultation.Dashboard;
import org.concerto.consultation.Phase;
import org.concerto.consultation.PublicConsultationService;
import org.concerto.consultation.Publication;
import org.concerto.consultation.QuestionDraft;
import org.concerto.consultation.QuestionKind;
import org.concerto.consultation.RespondentType;
import org.concerto.consultation.Response;
import org.concerto.consultation.ResponseForm;
import org.concerto.consultation.ResponseService;
import org.concerto.participant.Language;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Written consultations through their services, as the secretariat, the invited and the public use them: a restricted
 * consultation from its draft to the figures of its dashboard, every refusal of a bad answer leaving nothing stored,
 * answering refused after the closing with when it closed, the uninvited kept out, and a member of the public
 * answering through the private link of their mail.
 */
@ExtendWith(ArquillianExtension.class)
class ConsultationIT {

    @Inject
    Fixtures fixtures;

    @Inject
    ConsultationService consultations;

    @Inject
    ResponseService responses;

    @Inject
    PublicConsultationService hub;

    private String secretariat;
    private String marie;
    private String marieEmail;
    private String john;

    @BeforeEach
    void people() {
        secretariat = fixtures.account(fixtures.person("Sacha", "Secrétariat", null), Role.SECRETARIAT);
        Long association = fixtures.organisation(StakeholderCategory.PATIENT_ASSOCIATION);
        Long mariePerson = fixtures.person("Marie", "Lefort", association, Language.FR);
        marie = fixtures.account(mariePerson, Role.PARTICIPANT);
        marieEmail = fixtures.email(mariePerson);
        john = fixtures.account(
                fixtures.person("John", "Smith", fixtures.organisation(StakeholderCategory.MANUFACTURER), Language.EN),
                Role.PARTICIPANT);
    }

    @Test
    void anInvitedPatientAnswersARestrictedConsultationAndTheDashboardCountsIt() throws Exception {
        long id = AsUser.call(secretariat, Fixtures.PASSWORD, () -> consultations.create(draft(Audience.RESTRICTED)));
        long position = AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> consultations.addQuestion(
                        id, question(QuestionKind.FREE_TEXT, "Quelles difficultés prévoyez-vous ?", true, null, 60)));
        long pump = AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> consultations.addQuestion(
                        id,
                        question(
                                QuestionKind.SINGLE_CHOICE,
                                "Quelle pompe utilisez-vous ?",
                                true,
                                "MiniMed 2007D\nAutre pompe\nAucune",
                                null)));
        long plan = AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> consultations.addQuestion(
                        id,
                        question(
                                QuestionKind.AGREEMENT_SCALE,
                                "Le plan de transition vous convient-il ?",
                                false,
                                null,
                                null)));
        int invited = AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> consultations.inviteByEmail(id, marieEmail.toUpperCase(Locale.ROOT)));
        assertThat(invited).isEqualTo(1);
        assertThatThrownBy(() -> AsUser.call(
                        secretariat,
                        Fixtures.PASSWORD,
                        () -> consultations.inviteByEmail(id, "nobody@nowhere.example")))
                .isInstanceOf(BusinessException.class);
        long version = fixtures.versionOf(org.concerto.consultation.Consultation.class, id);
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            consultations.publish(id, version);
            return null;
        });
        assertThat(fixtures.outboxSubjects(marieEmail)).anyMatch(s -> s.startsWith("Consultation : "));

        // Someone not invited: refused, whatever the id.
        assertThatThrownBy(() -> AsUser.call(john, Fixtures.PASSWORD, () -> responses.answering(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(john, Fixtures.PASSWORD, () -> responses.mine()))
                .extracting(ConsultationRow::getId)
                .doesNotContain(id);
        assertThat(AsUser.call(marie, Fixtures.PASSWORD, () -> responses.mine()))
                .extracting(ConsultationRow::getId)
                .contains(id);

        // A draft may be incomplete.
        ResponseForm form = AsUser.call(marie, Fixtures.PASSWORD, () -> responses.answering(id))
                .getForm();
        assertThat(form.getName()).isEqualTo("Marie Lefort");
        form.getTexts().put(position, "Le remplacement des pompes avant l'arrêt.");
        long saved = AsUser.call(marie, Fixtures.PASSWORD, () -> responses.save(id, form));
        form.setVersionShown(saved);
        assertThat(fixtures.responseStates(id)).containsEntry("DRAFT", 1L);

        // Missing answers, an answer too long, an option that does not exist, a question of no consultation:
        // each refused with its reason, and what was kept is unchanged.
        form.setRespondentType(RespondentType.PATIENT);
        form.setPublication(Publication.NAMED);
        form.setNoInterests(true);
        assertRefused(marie, id, form, "La question « Quelle pompe utilisez-vous ? » demande une réponse.");
        form.getChoices().put(pump, "7");
        assertRefused(marie, id, form, "n'est pas l'une des options proposées");
        form.getChoices().put(pump, "0");
        form.getTexts().put(position, "x".repeat(61));
        assertRefused(marie, id, form, "dépasse 60 caractères");
        form.getTexts().put(position, "Le remplacement des pompes avant l'arrêt.");
        form.getTexts().put(999_999_999L, "forged");
        assertRefused(marie, id, form, "n'appartient pas à la consultation");
        form.getTexts().remove(999_999_999L);
        assertThat(fixtures.answersKept(id))
                .containsExactly("Quelles difficultés prévoyez-vous ? = Le remplacement des pompes avant l'arrêt. []");

        form.getChoices().put(plan, "1");
        Response submitted = AsUser.call(marie, Fixtures.PASSWORD, () -> responses.submit(id, form));
        assertThat(submitted.getSha256()).matches("[0-9a-f]{64}");
        assertThat(fixtures.responseStates(id)).containsExactly(java.util.Map.entry("SUBMITTED", 1L));
        assertThat(fixtures.lastMailText(marieEmail))
                .contains("Votre réponse à la consultation")
                .contains(submitted.getSha256());

        // The questions are fixed by the first submission.
        assertThatThrownBy(() -> AsUser.call(
                        secretariat,
                        Fixtures.PASSWORD,
                        () -> consultations.addQuestion(
                                id, question(QuestionKind.FREE_TEXT, "Encore ?", false, null, 100))))
                .isInstanceOf(BusinessException.class)
                .satisfies(e ->
                        assertThat(((BusinessException) e).getKey()).isEqualTo("error.consultation.questionsFrozen"));

        Dashboard dashboard = AsUser.call(secretariat, Fixtures.PASSWORD, () -> consultations.dashboard(id));
        assertThat(dashboard.getSubmitted()).isEqualTo(1);
        assertThat(dashboard.getDrafts()).isZero();
        assertThat(dashboard.getByType())
                .containsEntry(RespondentType.PATIENT, 1L)
                .containsEntry(RespondentType.MANUFACTURER, 0L);
        assertThat(dashboard.getTallies()).hasSize(2);
        assertThat(dashboard.getTallies().get(0).getLines())
                .extracting(line -> line.getLabel() + " " + line.getCount() + " " + line.getPercent())
                .containsExactly("MiniMed 2007D 1 100", "Autre pompe 0 0", "Aucune 0 0");
        assertThat(dashboard.getTallies().get(1).getLines().get(1).getCount()).isEqualTo(1);
        assertThat(dashboard.getTallies().get(1).getLines().get(1).getLabel()).isEqualTo("Plutôt d'accord");

        // A participant cannot read the dashboard.
        assertThatThrownBy(() -> AsUser.call(marie, Fixtures.PASSWORD, () -> consultations.dashboard(id)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
        // A restricted consultation is not on the public hub, by list or by page.
        assertThat(hub.search(null, null)).extracting(ConsultationRow::getId).doesNotContain(id);
        assertThatThrownBy(() -> hub.page(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void afterTheClosingAnsweringIsRefusedSayingWhenItClosedAndNothingIsStored() throws Exception {
        long id = publishedPublicConsultation();
        fixtures.closeConsultation(id);
        ResponseForm form = new ResponseForm();
        form.setName("Marie Lefort");
        assertThatThrownBy(() -> AsUser.call(marie, Fixtures.PASSWORD, () -> responses.save(id, form)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getMessage(Locale.FRENCH))
                        .startsWith("La consultation est close depuis le ")
                        .contains("(heure de Paris)"));
        assertThatThrownBy(() -> responses.requestLink(id, "someone@example.org", Language.FR))
                .isInstanceOf(BusinessException.class);
        assertThat(fixtures.responseStates(id)).isEmpty();
        assertThat(hub.search(null, Phase.CLOSED))
                .extracting(ConsultationRow::getId)
                .contains(id);
        assertThat(hub.search(null, Phase.OPEN))
                .extracting(ConsultationRow::getId)
                .doesNotContain(id);
    }

    @Test
    void aMemberOfThePublicAnswersThroughThePrivateLinkOfTheirMail() throws Exception {
        long id = publishedPublicConsultation();
        String address = Fixtures.unique("public").toLowerCase(Locale.ROOT) + "@example.org";
        assertThat(hub.search("transition", Phase.OPEN))
                .extracting(ConsultationRow::getId)
                .contains(id);

        responses.requestLink(id, "  " + address.toUpperCase(Locale.ROOT) + " ", Language.FR);
        String token = token(fixtures.lastMailText(address));
        ResponseForm form = responses.answeringByLink(token).getForm();
        long question = responses.answeringByLink(token).getQuestions().get(0).getId();
        form.setName("Camille Martin");
        form.setRespondentType(RespondentType.INDIVIDUAL);
        form.setPublication(Publication.ANONYMOUS);
        form.setNoInterests(true);
        form.getTexts().put(question, "Prévenir les patients six mois avant.");
        Response response = responses.submitByLink(token, form, Language.FR);
        assertThat(response.getEmail()).isEqualTo(address);
        assertThat(fixtures.lastMailText(address)).contains(response.getSha256());

        // A second request for the same address leads to the same response; the first link stops working.
        responses.requestLink(id, address, Language.FR);
        String second = token(fixtures.lastMailText(address));
        assertThat(responses.answeringByLink(second).getForm().getName()).isEqualTo("Camille Martin");
        assertThatThrownBy(() -> responses.answeringByLink(token)).isInstanceOf(NotFoundException.class);
        assertThat(fixtures.responseStates(id)).containsEntry("SUBMITTED", 1L);

        assertThatThrownBy(() -> responses.answeringByLink("not-a-token")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> responses.requestLink(id, "not an address", Language.FR))
                .isInstanceOf(BusinessException.class);
    }

    private long publishedPublicConsultation() throws Exception {
        ConsultationDraft draft = draft(Audience.PUBLIC);
        draft.setTitle(Fixtures.unique("Plan de transition des pompes"));
        long id = AsUser.call(secretariat, Fixtures.PASSWORD, () -> consultations.create(draft));
        AsUser.call(
                secretariat,
                Fixtures.PASSWORD,
                () -> consultations.addQuestion(
                        id, question(QuestionKind.FREE_TEXT, "Votre avis ?", true, null, 2000)));
        long version = fixtures.versionOf(org.concerto.consultation.Consultation.class, id);
        AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
            consultations.publish(id, version);
            return null;
        });
        return id;
    }

    private static String token(String mail) {
        Matcher link = Pattern.compile("public/respond\\.xhtml\\?token=([A-Za-z0-9_-]+)")
                .matcher(mail);
        assertThat(link.find()).as("a private link in %s", mail).isTrue();
        return link.group(1);
    }

    private void assertRefused(String login, long id, ResponseForm form, String message) {
        List<String> before = fixtures.answersKept(id);
        assertThatThrownBy(() -> AsUser.call(login, Fixtures.PASSWORD, () -> responses.submit(id, form)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getMessage(Locale.FRENCH))
                        .contains(message));
        assertThat(fixtures.answersKept(id)).isEqualTo(before);
        assertThat(fixtures.responseStates(id)).doesNotContainKey("SUBMITTED");
    }

    private static ConsultationDraft draft(Audience audience) {
        ConsultationDraft draft = new ConsultationDraft();
        draft.setTitle(Fixtures.unique("Consultation sur la transition"));
        draft.setSummary("Arrêt de commercialisation de la pompe MiniMed 2007D : vos besoins pour la transition.");
        draft.setContextHtml("<p>Environ <strong>250 patients</strong> sont concernés.</p><script>alert(1)</script>");
        draft.setAudience(audience);
        draft.setOpensAt(Instant.now().minus(Duration.ofMinutes(5)));
        draft.setClosesAt(Instant.now().plus(Duration.ofDays(30)));
        return draft;
    }

    private static QuestionDraft question(
            QuestionKind kind, String text, boolean required, String options, Integer max) {
        QuestionDraft draft = new QuestionDraft();
        draft.setKind(kind);
        draft.setText(text);
        draft.setRequired(required);
        draft.setOptions(options);
        draft.setMaxLength(max);
        return draft;
    }
}
