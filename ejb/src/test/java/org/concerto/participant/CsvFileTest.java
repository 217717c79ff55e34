package org.concerto.participant;

import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        byte[] content = "Prénom;Nom;Fonction\r\nFrançoise;Lœuvre;Chargée d'études – œil\r\n".getBytes(Charset.forName("windows-1252"));

        CsvFile file = CsvFile.parse(content);

        assertThat(fields(file)).containsExactly(List.of("Prénom", "Nom", "Fonction"),
                List.of("Françoise", "Lœuvre", "Chargée d'études – œil"));
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks() {
        String text = "nom;fonction;organisation\n"
                + "\"Dupont; fils\";\"Président \"\"honoraire\"\"\";AFD\n"
                + "Martin;\"sur deux\nlignes\";\n"
                + "Durand;;\n";

        CsvFile file = CsvFile.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(fields(file)).containsExactly(
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
    void anUnclosedQuoteMarksTheLastRecord() {
        CsvFile file = CsvFile.parse("a,b\n1,\"open\n2,3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(file.records()).hasSize(2);
        assertThat(file.records().get(1).unclosedQuote()).isTrue();
        assertThat(file.records().get(1).line()).isEqualTo(2);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> CsvFile.parse(BOM)).isInstanceOf(BusinessException.class)
                .extracting("key").isEqualTo("error.import.empty");
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
