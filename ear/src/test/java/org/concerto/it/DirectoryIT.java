package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.concerto.participant.DirectorySearch;
import org.concerto.participant.DirectoryService;
import org.concerto.participant.ImportPreview;
import org.concerto.participant.ImportProblem;
import org.concerto.participant.ImportedPerson;
import org.concerto.participant.Language;
import org.concerto.participant.OrganisationForm;
import org.concerto.participant.OrganisationRow;
import org.concerto.participant.PersonForm;
import org.concerto.participant.PersonRow;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The secretariat's directory through its service, in the real server: one person per address, a stale
 * edit refused without losing the other user's change, an import that adds exactly its good lines or
 * nothing at all, and nobody else allowed in.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    @Inject
    Fixtures fixtures;

    @Inject
    DirectoryService directory;

    private SecurityIdentity secretariat;
    private String participant;
    private String tag;

    @BeforeEach
    void users() throws Exception {
        secretariat = AsUser.login(
                fixtures.account(fixtures.person("Sacha", "Secrétariat", null), Role.SECRETARIAT), Fixtures.PASSWORD);
        participant = fixtures.account(fixtures.person("Paule", "Participante", null), Role.PARTICIPANT);
        tag = Fixtures.unique("dir").toLowerCase(Locale.ROOT);
    }

    @Test
    void theSecretariatCreatesAnOrganisationAndAPersonAndFindsThemBySearch() throws Exception {
        long organisationId = as(() -> directory.save(
                organisation("Association " + tag, "A" + tag.substring(4), StakeholderCategory.PATIENT_ASSOCIATION)));
        long personId = as(
                () -> directory.save(person("Hélène", "Lefèvre " + tag, tag + "@it.concerto.example", organisationId)));

        List<PersonRow> byName = as(() -> directory.searchPeople(search("hélène lefèvre " + tag, null, null), 0, 20));
        assertThat(byName)
                .extracting(PersonRow::getId, PersonRow::getOrganisationName, PersonRow::getCategory)
                .containsExactly(tuple(personId, "Association " + tag, StakeholderCategory.PATIENT_ASSOCIATION));
        assertThat(as(() -> directory.searchPeople(search(null, organisationId, null), 0, 20)))
                .extracting(PersonRow::getId)
                .containsExactly(personId);
        assertThat(as(() -> directory.countPeople(search(tag, null, StakeholderCategory.MANUFACTURER))))
                .isZero();
        assertThat(as(() -> directory.searchOrganisations(
                        search(tag, null, StakeholderCategory.PATIENT_ASSOCIATION), 0, 20)))
                .extracting(OrganisationRow::getId, OrganisationRow::getPeopleCount)
                .containsExactly(tuple(organisationId, 1L));
    }

    @Test
    void aSecondPersonWithTheSameAddressIsRefusedAndNothingIsSaved() throws Exception {
        String email = tag + "@it.concerto.example";
        as(() -> directory.save(person("Jean", "Premier", email, null)));

        assertThatThrownBy(() -> as(
                        () -> directory.save(person("Jeanne", "Seconde", " " + email.toUpperCase(Locale.ROOT), null))))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getMessage(Locale.FRENCH))
                        .isEqualTo("L'adresse « " + email
                                + " » est déjà celle de Jean Premier dans l'annuaire : rien n'a été enregistré."));
        assertThat(as(() -> directory.searchPeople(search(tag, null, null), 0, 20)))
                .extracting(PersonRow::getFirstName)
                .containsExactly("Jean");
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherUsersChangeIsKept() throws Exception {
        long id = as(() -> directory.save(person("Anne", "Initiale", tag + "@it.concerto.example", null)));
        PersonForm mine = as(() -> directory.person(id));
        PersonForm theirs = as(() -> directory.person(id));

        theirs.setJobTitle("Présidente");
        as(() -> directory.save(theirs));
        mine.setLastName("Écrasée");

        assertThatThrownBy(() -> as(() -> directory.save(mine)))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.directory.stale");
        PersonForm stored = as(() -> directory.person(id));
        assertThat(stored.getLastName()).isEqualTo("Initiale");
        assertThat(stored.getJobTitle()).isEqualTo("Présidente");
    }

    @Test
    void aStaleOrganisationEditIsRefusedToo() throws Exception {
        long id = as(() -> directory.save(organisation("Fabricant " + tag, null, StakeholderCategory.MANUFACTURER)));
        OrganisationForm mine = as(() -> directory.organisation(id));
        OrganisationForm theirs = as(() -> directory.organisation(id));
        theirs.setAcronym("UN");
        as(() -> directory.save(theirs));
        mine.setAcronym("DEUX");

        assertThatThrownBy(() -> as(() -> directory.save(mine)))
                .extracting("key")
                .isEqualTo("error.directory.stale");
        assertThat(as(() -> directory.organisation(id)).getAcronym()).isEqualTo("UN");
    }

    @Test
    void anImportAddsExactlyItsGoodLines() throws Exception {
        long organisationId =
                as(() -> directory.save(organisation("Organisation " + tag, null, StakeholderCategory.EXPERT_GROUP)));
        as(() -> directory.save(person("Déjà", "Là", "deja-" + tag + "@it.concerto.example", null)));
        String file = "Prénom;Nom;Courriel;Organisation;Fonction;Langue\r\n"
                + "Élodie;Noël;elodie-" + tag + "@it.concerto.example;Organisation " + tag
                + ";\"Experte; diabétologie\";fr\r\n"
                + "Thomas;Brown;thomas-" + tag + "@it.concerto.example;;;en\r\n"
                + "Sans;Adresse;;;;\r\n"
                + "Déjà;Là;deja-" + tag + "@it.concerto.example;;;\r\n"
                + "Inès;Ailleurs;ines-" + tag + "@it.concerto.example;Inconnue " + tag + ";;\r\n";
        byte[] content = file.getBytes(Charset.forName("windows-1252"));

        ImportPreview preview = as(() -> directory.previewImport(content));
        assertThat(preview.getAccepted()).extracting(ImportedPerson::getLine).containsExactly(2, 3);
        assertThat(preview.getRefused())
                .extracting(ImportProblem::getLine, ImportProblem::getKey)
                .containsExactly(
                        tuple(4, "error.required"),
                        tuple(5, "error.import.emailKnown"),
                        tuple(6, "error.import.unknownOrganisation"));

        assertThat(as(() -> directory.importPeople(content, 2))).isEqualTo(2);

        List<PersonRow> people = as(() -> directory.searchPeople(search(tag, null, null), 0, 20));
        assertThat(people)
                .extracting(
                        PersonRow::getEmail,
                        PersonRow::getLanguage,
                        PersonRow::getJobTitle,
                        PersonRow::getOrganisationName)
                .containsExactlyInAnyOrder(
                        tuple("deja-" + tag + "@it.concerto.example", Language.FR, null, null),
                        tuple(
                                "elodie-" + tag + "@it.concerto.example",
                                Language.FR,
                                "Experte; diabétologie",
                                "Organisation " + tag),
                        tuple("thomas-" + tag + "@it.concerto.example", Language.EN, null, null));
        assertThat(as(() -> directory.countPeople(search(null, organisationId, null))))
                .isEqualTo(1);
    }

    @Test
    void anImportThatFailsLeavesNothing() throws Exception {
        String file = "first name,last name,email\n"
                + "Ada,One," + "one-" + tag + "@it.concerto.example\n"
                + "Bob,Two," + "two-" + tag + "@it.concerto.example\n";
        byte[] content = file.getBytes(StandardCharsets.UTF_8);
        assertThat(as(() -> directory.previewImport(content)).getAccepted()).hasSize(2);
        // Between the preview and the confirmation, someone adds one of the addresses by hand.
        as(() -> directory.save(person("Bob", "Manuel", "two-" + tag + "@it.concerto.example", null)));

        assertThatThrownBy(() -> as(() -> directory.importPeople(content, 2)))
                .extracting("key")
                .isEqualTo("error.import.changed");

        assertThat(as(() -> directory.searchPeople(search(tag, null, null), 0, 20)))
                .extracting(PersonRow::getLastName)
                .containsExactly("Manuel");
    }

    @Test
    void aParticipantMayNeitherReadNorChangeTheDirectory() throws Exception {
        SecurityIdentity someone = AsUser.login(participant, Fixtures.PASSWORD);
        assertThatThrownBy(() -> AsUser.call(someone, () -> directory.searchPeople(new DirectorySearch(), 0, 20)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> AsUser.call(
                        someone, () -> directory.save(person("Intrus", "Intrus", tag + "@it.concerto.example", null))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() ->
                        AsUser.call(someone, () -> directory.previewImport("a,b,c".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(EJBAccessException.class);
        assertThat(as(() -> directory.countPeople(search(tag, null, null)))).isZero();
    }

    private <T> T as(java.util.concurrent.Callable<T> action) throws Exception {
        return AsUser.call(secretariat, action);
    }

    private static OrganisationForm organisation(String name, String acronym, StakeholderCategory category) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setAcronym(acronym);
        form.setCategory(category);
        return form;
    }

    private static PersonForm person(String firstName, String lastName, String email, Long organisationId) {
        PersonForm form = new PersonForm();
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setEmail(email);
        form.setOrganisationId(organisationId);
        return form;
    }

    private static DirectorySearch search(String text, Long organisationId, StakeholderCategory category) {
        DirectorySearch search = new DirectorySearch();
        search.setText(text);
        search.setOrganisationId(organisationId);
        search.setCategory(category);
        return search;
    }
}
