package org.concerto.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void readsCommaSeparatedUtf8() {
        CsvFile file = CsvFile.parse("prénom,nom\nHélène,Lefèvre-Çelik\n".getBytes(StandardCharsets.UTF_8));

        assertThat(file.separator()).isEqualTo(',');
        assertThat(fields(file)).containsExactly(List.of("prénom", "nom"), List.of("Hélène", "Lefèvre-Çelik"));
    }

    @Test
    void dropsTheByteOrderMarkExcelWrites() {
        byte[] content = concat(BOM, "Prénom;Nom\r\nÉlodie;Noël\r\n".getBytes(StandardCharsets.UTF_8));

        CsvFile file = CsvFile.parse(content);

        assertThat(file.separator()).isEqualTo(';');
        assertThat(fields(file)).containsExactly(List.of("Prénom", "Nom"), List.of("Élodie", "Noël"));
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() {
        byte[] content = "Prénom;Nom;Fonction\r\nFrançoise;Lœuvre;Chargée d'études – œil\r\n"
                .getBytes(Charset.forName("windows-1252"));

        CsvFile file = CsvFile.parse(content);

        assertThat(fields(file))
                .containsExactly(
                        List.of("Prénom", "Nom", "Fonction"), List.of("Françoise", "Lœuvre", "Chargée d'études – œil"));
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() {
        String text = "nom;fonction;organisation\n"
                + "\"Dupont; fils\";\"Président \"\"honoraire\"\"\";AFD\n"
                + "Martin;\"sur deux\nlignes\";\n"
                + "Durand;;\n";

        CsvFile file = CsvFile.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(fields(file))
                .containsExactly(
                        List.of("nom", "fonction", "organisation"),
                        List.of("Dupont; fils", "Président \"honoraire\"", "AFD"),
                        List.of("Martin", "sur deux\nlignes", ""),
                        List.of("Durand", "", ""));
        assertThat(file.records()).extracting(CsvFile.Record::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void theSeparatorIsTheOneOfTheHeaderOutsideQuotes() {
        assertThat(CsvFile.separator("\"a,b,c\";d;e\nx,y,z,w")).isEqualTo(';');
        assertThat(CsvFile.separator("first name,last name,e-mail")).isEqualTo(',');
        assertThat(CsvFile.separator("single")).isEqualTo(',');
    }

    @Test
    void blankLinesAreSkippedButKeepTheirNumber() {
        CsvFile file = CsvFile.parse("a,b\n\n  \n1,2\n,\n3,4".getBytes(StandardCharsets.UTF_8));

        assertThat(file.records()).extracting(CsvFile.Record::line).containsExactly(1, 4, 6);
    }

    @Test
    void aQuoteNeverClosedCostsOnlyItsLine() {
        CsvFile file = CsvFile.parse("a,b\n1,\"open\n2,3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(file.records()).extracting(CsvFile.Record::line).containsExactly(1, 2, 3);
        assertThat(file.records().get(1).unclosedQuote()).isTrue();
        assertThat(file.records().get(1).fields()).containsExactly("1,\"open");
        assertThat(file.records().get(2).unclosedQuote()).isFalse();
        assertThat(file.records().get(2).fields()).containsExactly("2", "3");
    }

    @Test
    void aBrokenQuoteDoesNotSwallowTheLinesAfterIt() {
        CsvFile file = CsvFile.parse("a;b\r\n1;\"open\r\n2;3\r\n4;\"x\"\r\n5;\"y\"z\r\n6;\"sur deux\r\nlignes\"\r\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(file.records())
                .extracting(CsvFile.Record::line, CsvFile.Record::unclosedQuote)
                .containsExactly(
                        tuple(1, false),
                        tuple(2, true),
                        tuple(3, false),
                        tuple(4, false),
                        tuple(5, true),
                        tuple(6, false));
        assertThat(fields(file).subList(2, 4)).containsExactly(List.of("2", "3"), List.of("4", "x"));
        assertThat(file.records().get(5).fields()).containsExactly("6", "sur deux\r\nlignes");
    }

    @Test
    void aRecordAfterEmptyLinesHasItsOwnLineNumber() {
        CsvFile file = CsvFile.parse("a,b\n\n\n1,2\n\n\"3\",4".getBytes(StandardCharsets.UTF_8));

        assertThat(file.records()).extracting(CsvFile.Record::line).containsExactly(1, 4, 6);
    }

    @Test
    void aUtf16FileIsRefusedAsSuch() {
        byte[] littleEndianWithBom = "Prénom;Nom\r\nÉlodie;Noël\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, littleEndianWithBom);
        byte[] bigEndianWithoutBom = "Prénom;Nom\r\nÉlodie;Noël\r\n".getBytes(StandardCharsets.UTF_16BE);

        for (byte[] content : List.of(withBom, bigEndianWithoutBom, "Prénom,Nom".getBytes(StandardCharsets.UTF_16))) {
            assertThatThrownBy(() -> CsvFile.parse(content))
                    .isInstanceOf(BusinessException.class)
                    .extracting("key")
                    .isEqualTo("error.import.utf16");
        }
    }

    @Test
    void aStrayNulInAUtf8FileIsDroppedLikeEveryControlCharacterNotTakenForUtf16() {
        CsvFile file = CsvFile.parse("Prénom,Nom\nJe\u0000an,Du\u0007rand\tfils\n".getBytes(StandardCharsets.UTF_8));

        assertThat(fields(file)).containsExactly(List.of("Prénom", "Nom"), List.of("Jean", "Durand\tfils"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> CsvFile.parse(BOM))
                .isInstanceOf(BusinessException.class)
                .extracting("key")
                .isEqualTo("error.import.empty");
    }

    private static List<List<String>> fields(CsvFile file) {
        return file.records().stream().map(CsvFile.Record::fields).toList();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
