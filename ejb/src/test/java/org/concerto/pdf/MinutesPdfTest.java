package org.concerto.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.concerto.minutes.Minutes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class MinutesPdfTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theMinutesSayEverySectionTheAttendanceAndTheDecisionsWithAccents() {
        String text = Pdfs.text(MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.IN_REVIEW)));

        assertThat(text)
                .contains("Projet de compte rendu")
                .contains("Participants")
                .contains("Hélène Lefèvre")
                .contains("Marie-Thérèse Lambert")
                .contains("Émilie Petit")
                .contains("Présent")
                .contains("À distance")
                .contains("Excusé")
                .contains("Absent")
                .contains("Ordre du jour")
                .contains("Point 1\u202F: Accueil et objectifs de la réunion")
                .contains("Point 2\u202F: Engagements de continuité")
                .contains("Synthèse des échanges")
                .contains("Positions exprimées")
                .contains("Les patients demandent un engagement écrit et daté.")
                .contains("Décision")
                .contains("Le fabricant adressera un engagement écrit à l’Agence.")
                .contains("Pour")
                .contains("Contre")
                .contains("Abstentions")
                .contains("L’UDIT juge l’engagement insuffisant.")
                .contains("Relevé de décisions")
                .contains("Relevé d’actions")
                .contains("Confirmer par écrit la fourniture des consommables")
                .contains("Déports")
                .contains("François Dubois")
                .contains("Annexes")
                .contains("Position de l’AVPI sur la continuité des soins")
                .contains("page 1 sur ");
    }

    @Test
    void everyPageOfADraftCarriesTheDraftMarkAndApprovedOnesDoNot() {
        List<String> draft = Pdfs.pages(MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.DRAFT)));
        List<String> approved = Pdfs.pages(MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.APPROVED)));

        assertThat(draft).hasSizeGreaterThan(1).allMatch(page -> page.contains("PROJET"));
        assertThat(approved).noneMatch(page -> page.contains("PROJET"));
        assertThat(String.join(" ", approved))
                .contains("Compte rendu")
                .contains("ab".repeat(32))
                .contains("Hélène Lefèvre");
    }

    @Test
    void draftAndApprovedMinutesArePdfA3AccordingToVeraPdf() throws Exception {
        assertConformant(MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.DRAFT)));
        byte[] approved = MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.APPROVED));
        assertConformant(approved);
        assertConformant(Seal.sign(
                approved, SealKeystore.generatedIn(tempSeal()), "Approbation", "Saint-Denis", MinutesSamples.ISSUED));
    }

    @Test
    void theDecisionsAndActionsTravelInsideAsJson() {
        byte[] pdf = MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.APPROVED));
        String json = Pdfs.read(pdf, document -> {
            var names = document.getCatalog()
                    .getNameTree(com.itextpdf.kernel.pdf.PdfName.EmbeddedFiles)
                    .getNames();
            assertThat(names.keySet().stream().map(n -> n.toUnicodeString())).contains(MinutesPdf.DATA_FILE);
            var spec = (com.itextpdf.kernel.pdf.PdfDictionary)
                    names.values().iterator().next();
            var stream = spec.getAsDictionary(com.itextpdf.kernel.pdf.PdfName.EF)
                    .getAsStream(com.itextpdf.kernel.pdf.PdfName.F);
            return new String(stream.getBytes(), StandardCharsets.UTF_8);
        });
        assertThat(json)
                .contains("\"decision\": \"Le fabricant adressera un engagement écrit à l'Agence.\"")
                .contains("\"for\": 9")
                .contains("\"owner\": \"Thomas Bernard (Medtronic France)\"")
                .contains("\"due\": \"2019-10-15\"");
    }

    @Test
    void theSealValidatesAndFailsOnceOneByteChanges() {
        Seal.Key key = SealKeystore.generatedIn(tempSeal());
        byte[] signed = Seal.sign(
                MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.APPROVED)),
                key,
                "Approbation",
                "Saint-Denis",
                MinutesSamples.ISSUED);

        assertThat(Seal.verify(signed, key.certificate()).valid()).isTrue();
        byte[] tampered = signed.clone();
        int index = new String(signed, StandardCharsets.ISO_8859_1).indexOf("/Producer");
        tampered[index + 2] ^= 0x01;
        assertThat(Seal.verify(tampered, key.certificate()).valid()).isFalse();
        byte[] otherSeal = Seal.sign(
                MinutesPdf.render(MinutesSamples.founding(Minutes.Stage.APPROVED)),
                SealKeystore.generatedIn(tempSeal()),
                "Approbation",
                "Ailleurs",
                MinutesSamples.ISSUED);
        assertThat(Seal.verify(otherSeal, key.certificate()).valid()).isFalse();
        assertThat(Seal.verify("not a pdf".getBytes(StandardCharsets.UTF_8), key.certificate())
                        .valid())
                .isFalse();
    }

    @Test
    void theLargeMeetingRenders() {
        byte[] pdf = MinutesPdf.render(MinutesSamples.large(Minutes.Stage.IN_REVIEW));
        assertThat(Pdfs.text(pdf))
                .contains("Point 40")
                .contains("Action n° 100")
                .contains("Contribution écrite n° 30");
    }

    private static Path tempSeal() {
        try {
            return java.nio.file.Files.createTempDirectory("seal");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertConformant(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct()
                    .limit(10)
                    .collect(Collectors.joining("\n"));
            assertThat(parser.getFlavour().getId()).isEqualTo("3a");
            assertThat(result.isCompliant()).as(failures).isTrue();
        }
    }
}
