package org.concerto.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concerto.consultation.Audience;
import org.concerto.consultation.Consultation;
import org.concerto.consultation.Publication;
import org.concerto.consultation.Question;
import org.concerto.consultation.QuestionDraft;
import org.concerto.consultation.QuestionKind;
import org.concerto.consultation.RespondentType;
import org.concerto.consultation.Response;
import org.concerto.consultation.ResponseForm;
import org.concerto.participant.Person;

/**
 * Two invented consultations of the founding case, marked as such: a public call for comments on the MiniMed 2007D
 * transition, closed, with the demo personas' responses and about two hundred generated ones (the same on every
 * load: a fixed seed); and a restricted one on informing patients, open, that the patient persona can answer.
 */
final class DemoConsultations {

    static final int GENERATED_RESPONSES = 200;

    private static final String[] DIFFICULTIES = {
        "Obtenir un rendez-vous au centre implanteur avant l'épuisement des cartouches.",
        "Réapprendre les doses après des années de pompe implantée.",
        "La peur des hypoglycémies nocturnes avec une pompe externe.",
        "Les déplacements jusqu'au centre, à plus de deux heures de route.",
        "Le coût des consommables d'une pompe externe non encore pris en charge.",
        "Aucune difficulté particulière si l'information arrive à temps.",
        "Le manque d'information claire sur le calendrier de l'arrêt."
    };

    private static final String[] PRIORITIES = {
        "Publier un calendrier précis, centre par centre.",
        "Garantir l'approvisionnement en insuline U400 jusqu'au dernier patient.",
        "Mettre en place une ligne d'information pour les patients.",
        "Financer l'éducation thérapeutique pendant la transition.",
        ""
    };

    private final EntityManager em;
    private final Clock clock;
    private final Map<String, Person> people;

    DemoConsultations(EntityManager em, Clock clock, Map<String, Person> people) {
        this.em = em;
        this.clock = clock;
        this.people = people;
    }

    void load() {
        closedPublicConsultation();
        openRestrictedConsultation();
    }

    private void closedPublicConsultation() {
        Instant now = clock.instant();
        Instant opened = now.minus(Duration.ofDays(45));
        Consultation consultation = new Consultation(
                "Transition des porteurs de la pompe implantable MiniMed 2007D : vos besoins",
                "L'arrêt de commercialisation de la pompe implantable MiniMed 2007D concerne environ 250 patients en "
                        + "France. L'autorité recueille les besoins des patients, de leurs proches et des professionnels "
                        + "pour organiser la transition vers d'autres traitements.",
                "<p>Appel à contributions <strong>inventé pour la démonstration</strong> : seules les circonstances "
                        + "de l'avis public de 2019 sont réelles.</p>",
                Audience.PUBLIC,
                opened,
                now.minus(Duration.ofDays(10)),
                "claire",
                opened.minus(Duration.ofDays(3)));
        consultation.markIllustrative();
        Question situation = consultation.addQuestion(question(
                QuestionKind.SINGLE_CHOICE,
                "Vous êtes :",
                true,
                "Porteur d'une pompe MiniMed 2007D\nProche d'un porteur\nProfessionnel de santé\nAutre",
                null));
        Question calendar = consultation.addQuestion(question(
                QuestionKind.AGREEMENT_SCALE, "Le calendrier de transition proposé est réaliste.", true, null, null));
        Question alternatives = consultation.addQuestion(question(
                QuestionKind.MULTIPLE_CHOICE,
                "Quelles solutions envisagez-vous ?",
                false,
                "Pompe externe\nMulti-injections\nGreffe d'îlots (essai clinique)\nJe ne sais pas encore",
                null));
        Question difficulties = consultation.addQuestion(question(
                QuestionKind.FREE_TEXT, "Quelles difficultés prévoyez-vous pour la transition ?", true, null, 2000));
        Question priorities = consultation.addQuestion(
                question(QuestionKind.FREE_TEXT, "Que devrait faire l'autorité en priorité ?", false, null, 2000));
        consultation.publish(opened.minus(Duration.ofDays(1)));
        em.persist(consultation);
        em.flush();

        Random random = new Random(2019);
        respond(
                consultation,
                people.get("mariet"),
                RespondentType.PATIENT,
                "Association Vivre avec une Pompe " + "Implantée (fictive)",
                Publication.NAMED,
                opened.plus(Duration.ofDays(2)),
                form -> {
                    form.getChoices().put(situation.getId(), "0");
                    form.getChoices().put(calendar.getId(), "3");
                    form.getMultipleChoices().put(alternatives.getId(), new String[] {"0", "1"});
                    form.getTexts().put(difficulties.getId(), DIFFICULTIES[0] + " " + DIFFICULTIES[2]);
                    form.getTexts().put(priorities.getId(), PRIORITIES[0]);
                });
        respond(
                consultation,
                people.get("annesophie"),
                RespondentType.HEALTH_PROFESSIONAL,
                null,
                Publication.NAMED,
                opened.plus(Duration.ofDays(5)),
                form -> {
                    form.getChoices().put(situation.getId(), "2");
                    form.getChoices().put(calendar.getId(), "2");
                    form.getMultipleChoices().put(alternatives.getId(), new String[] {"0"});
                    form.getTexts().put(difficulties.getId(), DIFFICULTIES[3]);
                    form.getTexts().put(priorities.getId(), PRIORITIES[3]);
                });
        respond(
                consultation,
                people.get("thomas"),
                RespondentType.MANUFACTURER,
                "Medtronic France",
                Publication.NAMED,
                opened.plus(Duration.ofDays(9)),
                form -> {
                    form.getChoices().put(situation.getId(), "3");
                    form.getChoices().put(calendar.getId(), "0");
                    form.getTexts().put(difficulties.getId(), DIFFICULTIES[5]);
                });
        RespondentType[] types = {
            RespondentType.PATIENT,
            RespondentType.PATIENT,
            RespondentType.PATIENT,
            RespondentType.INDIVIDUAL,
            RespondentType.HEALTH_PROFESSIONAL,
            RespondentType.HEALTH_PROFESSIONAL,
            RespondentType.OTHER
        };
        for (int i = 1; i <= GENERATED_RESPONSES; i++) {
            RespondentType type = types[random.nextInt(types.length)];
            Instant at = opened.plus(Duration.ofMinutes(random.nextInt(34 * 24 * 60)));
            Response response =
                    new Response(consultation, null, String.format("repondant-%03d@public.concerto.example", i), at);
            ResponseForm form = new ResponseForm();
            form.setName(String.format("Répondant %03d (fictif)", i));
            form.setRespondentType(type);
            form.setNoInterests(random.nextInt(10) > 0);
            if (!form.isNoInterests()) {
                form.setDisclosure("Formation financée par un fabricant de pompes externes (fictif).");
            }
            form.setPublication(Publication.values()[random.nextInt(3)]);
            int role = type == RespondentType.HEALTH_PROFESSIONAL ? 2 : random.nextInt(5) < 4 ? 0 : 1;
            form.getChoices().put(situation.getId(), String.valueOf(role));
            form.getChoices().put(calendar.getId(), String.valueOf(Math.min(4, random.nextInt(3) + random.nextInt(3))));
            if (random.nextBoolean()) {
                form.getMultipleChoices().put(alternatives.getId(), new String[] {
                    String.valueOf(random.nextInt(2)), String.valueOf(2 + random.nextInt(2))
                });
            }
            form.getTexts().put(difficulties.getId(), DIFFICULTIES[random.nextInt(DIFFICULTIES.length)]);
            form.getTexts().put(priorities.getId(), PRIORITIES[random.nextInt(PRIORITIES.length)]);
            response.save(form, at);
            response.submit(at);
            em.persist(response);
        }
    }

    private void respond(
            Consultation consultation,
            Person person,
            RespondentType type,
            String organisation,
            Publication publication,
            Instant at,
            java.util.function.Consumer<ResponseForm> answers) {
        Response response = new Response(consultation, person, person.getEmail(), at);
        ResponseForm form = new ResponseForm();
        form.setName(person.getDisplayName());
        form.setOnBehalfOfOrganisation(organisation != null);
        form.setOrganisationName(organisation);
        form.setRespondentType(type);
        form.setNoInterests(type != RespondentType.MANUFACTURER);
        if (type == RespondentType.MANUFACTURER) {
            form.setDisclosure("Salarié du fabricant de la pompe (fictif).");
        }
        form.setPublication(publication);
        answers.accept(form);
        response.save(form, at);
        response.submit(at);
        em.persist(response);
    }

    private void openRestrictedConsultation() {
        Instant now = clock.instant();
        Consultation consultation = new Consultation(
                "Information des patients avant le remplacement des pompes implantées",
                "Avant la réunion de suivi, l'autorité consulte par écrit les associations de patients et les "
                        + "professionnels sur le courrier d'information adressé aux porteurs de pompe.",
                null,
                Audience.RESTRICTED,
                now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(20)),
                "claire",
                now.minus(Duration.ofDays(3)));
        consultation.markIllustrative();
        consultation.addQuestion(question(
                QuestionKind.AGREEMENT_SCALE, "Le projet de courrier aux patients est clair.", true, null, null));
        consultation.addQuestion(question(
                QuestionKind.SINGLE_CHOICE,
                "Quand le courrier devrait-il partir ?",
                true,
                "Dès maintenant\nAprès la réunion de suivi\nQuand les centres auront fixé les rendez-vous",
                null));
        consultation.addQuestion(question(
                QuestionKind.FREE_TEXT, "Que faudrait-il ajouter ou retirer du courrier ?", false, null, 3000));
        consultation.invite(List.of(
                people.get("mariet"),
                people.get("jeanluc"),
                people.get("nathalie"),
                people.get("karim"),
                people.get("francois"),
                people.get("emilie"),
                people.get("olivier"),
                people.get("camille")));
        consultation.publish(now.minus(Duration.ofDays(2)));
        em.persist(consultation);
    }

    private static QuestionDraft question(
            QuestionKind kind, String text, boolean required, String options, Integer maxLength) {
        QuestionDraft draft = new QuestionDraft();
        draft.setKind(kind);
        draft.setText(text);
        draft.setRequired(required);
        draft.setOptions(options);
        draft.setMaxLength(maxLength);
        return draft;
    }
}
