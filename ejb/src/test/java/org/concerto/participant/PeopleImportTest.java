package org.concerto.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Messages;
import org.junit.jupiter.api.Test;

class PeopleImportTest {

    private static final OrganisationRow AFD = new OrganisationRow(
            1L, "Association Française des Diabétiques", "AFD", StakeholderCategory.PATIENT_ASSOCIATION, 0);
    private static final OrganisationRow MEDTRONIC =
            new OrganisationRow(2L, "Medtronic France", null, StakeholderCategory.MANUFACTURER, 0);

    /** A directory holding the two organisations above and one known address. */
    private static final PeopleImport.Directory DIRECTORY = new PeopleImport.Directory() {
        @Override
        public Set<String> existingEmails(Collection<String> emails) {
            return emails.stream().filter("deja@example.org"::equals).collect(Collectors.toSet());
        }

        @Override
        public List<OrganisationRow> organisations() {
            return List.of(AFD, MEDTRONIC);
        }
    };

    @Test
    void excelFrenchFileWithGoodAndBadLines() {
        String text = "Prénom;Nom;E-mail;Organisation;Fonction;Langue\r\n"
                + "Hélène;Lefèvre;helene.lefevre@example.org;AFD;Présidente;fr\r\n"
                + "Thomas;Bernard;Thomas.Bernard@Example.org;medtronic france;\"Directeur; affaires réglementaires\";anglais\r\n"
                + ";Sans-Prénom;sans@example.org;;;\r\n"
                + "Paul;Adresse;pas-une-adresse;;;\r\n"
                + "Déjà;Connu;deja@example.org;;;\r\n"
                + "Inès;Inconnue;ines@example.org;Association Inconnue;;\r\n"
                + "Jean;Double;double@example.org;;;\r\n"
                + "Jeanne;Double;DOUBLE@example.org;;;\r\n"
                + "Lou;Langue;lou@example.org;;;klingon\r\n"
                + "Max;Long;max@example.org;;" + "x".repeat(201) + ";\r\n"
                + "Trop;De;champs@example.org;;;;en plus\r\n";

        ImportPreview preview = PeopleImport.check(text.getBytes(Charset.forName("windows-1252")), DIRECTORY);

        assertThat(preview.getSeparator()).isEqualTo(";");
        assertThat(preview.getAccepted())
                .extracting(
                        ImportedPerson::getLine,
                        ImportedPerson::getFirstName,
                        ImportedPerson::getEmail,
                        ImportedPerson::getOrganisationId,
                        ImportedPerson::getJobTitle,
                        ImportedPerson::getLanguage)
                .containsExactly(
                        tuple(2, "Hélène", "helene.lefevre@example.org", 1L, "Présidente", Language.FR),
                        tuple(
                                3,
                                "Thomas",
                                "thomas.bernard@example.org",
                                2L,
                                "Directeur; affaires réglementaires",
                                Language.EN));
        assertThat(preview.getRefused())
                .extracting(ImportProblem::getLine, p -> p.reason(Locale.ENGLISH))
                .containsExactly(
                        tuple(4, "First name is required."),
                        tuple(5, "\"pas-une-adresse\" is not a valid e-mail address."),
                        tuple(6, "The address \"deja@example.org\" is already in the directory."),
                        tuple(7, "The organisation \"Association Inconnue\" is not in the directory."),
                        tuple(8, "The address \"double@example.org\" appears twice in the file (see also line 9)."),
                        tuple(9, "The address \"double@example.org\" appears twice in the file (see also line 8)."),
                        tuple(10, "Unknown language \"klingon\" (fr or en)."),
                        tuple(11, "Position cannot be longer than 200 characters."),
                        tuple(12, "7 fields instead of 6: a separator inside a value must be quoted."));
        assertThat(preview.getRefused().get(0).reason(Locale.FRENCH)).isEqualTo("Le champ « Prénom » est obligatoire.");
        assertThat(preview.getRefused().get(0).getExcerpt()).isEqualTo(";Sans-Prénom;sans@example.org;;;");
    }

    @Test
    void utf8CommaFileWithEnglishHeadersInAnyOrderAndABom() {
        String text = "\uFEFFEmail,Last name,First name,Organization,Job title,Notes\n"
                + "anne@example.org,Rousseau,Anne-Sophie,,\"Endocrinologist, \"\"EVADIAC\"\"\",ignored\n";

        ImportPreview preview = PeopleImport.check(text.getBytes(StandardCharsets.UTF_8), DIRECTORY);

        assertThat(preview.getSeparator()).isEqualTo(",");
        assertThat(preview.getRefused()).isEmpty();
        assertThat(preview.getAccepted())
                .extracting(
                        ImportedPerson::getFirstName,
                        ImportedPerson::getLastName,
                        ImportedPerson::getJobTitle,
                        ImportedPerson::getOrganisationId,
                        ImportedPerson::getLanguage)
                .containsExactly(tuple("Anne-Sophie", "Rousseau", "Endocrinologist, \"EVADIAC\"", null, Language.FR));
    }

    @Test
    void anUnclosedQuoteIsABadLine() {
        String text = "prénom,nom,courriel\nA,B,a@example.org\nC,\"D,c@example.org\n";

        ImportPreview preview = PeopleImport.check(text.getBytes(StandardCharsets.UTF_8), DIRECTORY);

        assertThat(preview.getAccepted()).extracting(ImportedPerson::getLine).containsExactly(2);
        assertThat(preview.getRefused())
                .extracting(ImportProblem::getLine, ImportProblem::getKey)
                .containsExactly(tuple(3, "error.import.unclosedQuote"));
    }

    @Test
    void aBrokenQuoteDoesNotSwallowTheNextPerson() {
        String text = "prénom;nom;courriel\r\nC;\"D;c@example.org\r\nA;B;a@example.org\r\n";

        ImportPreview preview = PeopleImport.check(text.getBytes(StandardCharsets.UTF_8), DIRECTORY);

        assertThat(preview.getAccepted())
                .extracting(ImportedPerson::getLine, ImportedPerson::getLastName)
                .containsExactly(tuple(3, "B"));
        assertThat(preview.getRefused())
                .extracting(ImportProblem::getLine, ImportProblem::getKey, ImportProblem::getExcerpt)
                .containsExactly(tuple(2, "error.import.unclosedQuote", "C;\"D;c@example.org"));
    }

    @Test
    void aUtf16FileIsRefusedNamingItsEncodingRatherThanAColumn() {
        byte[] content = "Prénom;Nom;Courriel\r\nÉlodie;Noël;elodie@example.org\r\n".getBytes(StandardCharsets.UTF_16);

        assertThatThrownBy(() -> PeopleImport.check(content, DIRECTORY))
                .isInstanceOf(BusinessException.class)
                .hasMessage(
                        "The file is in UTF-16 (\"Unicode text\"): save it as \"CSV UTF-8\" or \"CSV (comma delimited)\", then import it again.")
                .extracting("key")
                .isEqualTo("error.import.utf16");
        assertThat(Messages.format(Locale.FRENCH, "error.import.utf16"))
                .isEqualTo(
                        "Le fichier est en UTF-16 (« Texte Unicode ») : enregistrez-le en « CSV UTF-8 » ou « CSV (séparateur : point-virgule) », "
                                + "puis importez-le à nouveau.");
    }

    @Test
    void aMissingRequiredColumnRefusesTheWholeFile() {
        byte[] content = "prénom;nom;organisation\nA;B;AFD\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PeopleImport.check(content, DIRECTORY))
                .isInstanceOf(BusinessException.class)
                .hasMessage("The header line has no \"E-mail address\" column.");
    }

    @Test
    void aHeaderAloneIsRefused() {
        assertThatThrownBy(() ->
                        PeopleImport.check("first name,last name,email\n".getBytes(StandardCharsets.UTF_8), DIRECTORY))
                .extracting("key")
                .isEqualTo("error.import.noRows");
    }

    @Test
    void tooLargeFilesAndTooManyRowsAreRefused() {
        assertThatThrownBy(() -> PeopleImport.check(new byte[PeopleImport.MAX_BYTES + 1], DIRECTORY))
                .extracting("key")
                .isEqualTo("error.import.tooLarge");

        StringBuilder many = new StringBuilder("first name,last name,email\n");
        for (int i = 0; i <= PeopleImport.MAX_ROWS; i++) {
            many.append("A,B,a").append(i).append("@example.org\n");
        }
        assertThatThrownBy(() -> PeopleImport.check(many.toString().getBytes(StandardCharsets.UTF_8), DIRECTORY))
                .isInstanceOf(BusinessException.class)
                .hasMessage("The file has more than 5,000 lines: split it into several files.");
    }

    @Test
    void headersAreFoundWhateverTheirAccentsCaseAndPunctuation() {
        assertThat(PeopleImport.Column.of(" Prénom ")).isEqualTo(PeopleImport.Column.FIRST_NAME);
        assertThat(PeopleImport.Column.of("E-Mail")).isEqualTo(PeopleImport.Column.EMAIL);
        assertThat(PeopleImport.Column.of("Adresse électronique")).isEqualTo(PeopleImport.Column.EMAIL);
        assertThat(PeopleImport.Column.of("job_title")).isEqualTo(PeopleImport.Column.JOB_TITLE);
        assertThat(PeopleImport.Column.of("NOM")).isEqualTo(PeopleImport.Column.LAST_NAME);
        assertThat(PeopleImport.Column.of("Remarques")).isNull();
    }
}
