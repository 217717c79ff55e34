package org.concerto.participant;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Texts;

/**
 * A spreadsheet export as people send it: UTF-8 (with or without the byte order mark Excel writes) and
 * comma-separated, or Excel's French dialect, semicolon-separated and often in Windows-1252. Fields may be
 * quoted ("..."), with separators, line breaks and doubled quotes inside. Apache Commons CSV reads the
 * records; what stays here is what it cannot know: the encoding and the separator (guessed, as Excel
 * does not say which it wrote), and reading on after a line whose quote is never closed.
 */
public final class CsvFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final char separator;
    private final List<Record> records;

    private CsvFile(char separator, List<Record> records) {
        this.separator = separator;
        this.records = records;
    }

    /** One line of the file (or several, when a quoted field holds a line break), numbered from 1 like an editor. */
    public static final class Record {
        private final int line;
        private final List<String> fields;
        private final boolean unclosedQuote;

        Record(int line, List<String> fields, boolean unclosedQuote) {
            this.line = line;
            this.fields = List.copyOf(fields);
            this.unclosedQuote = unclosedQuote;
        }

        public int line() {
            return line;
        }

        public List<String> fields() {
            return fields;
        }

        /** A quote on this line is never properly closed: the line is refused, the next one read on its own. */
        public boolean unclosedQuote() {
            return unclosedQuote;
        }

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Decodes and splits the file; blank lines are left out. The first record is the header. */
    public static CsvFile parse(byte[] content) {
        // Control characters follow the rule of every text that enters Concerto: the preview shows what is stored.
        String text = Texts.withoutControlCharacters(decode(content));
        if (text.isBlank()) {
            throw new BusinessException("error.import.empty");
        }
        char separator = separator(text);
        return new CsvFile(separator, split(text, separator));
    }

    public char separator() {
        return separator;
    }

    public List<Record> records() {
        return records;
    }

    /**
     * UTF-8 when the bytes are valid UTF-8 (a leading BOM dropped), else Windows-1252, Excel's "CSV (séparateur :
     * point-virgule)". UTF-16 ("Texte Unicode" in Excel) is refused as such: read as either, it would only be noise.
     */
    static String decode(byte[] content) {
        if (isUtf16(content)) {
            throw new BusinessException("error.import.utf16");
        }
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }

    /**
     * Its byte order mark, or the zero bytes that UTF-16 puts beside every Latin letter, on one side of the pairs of
     * bytes (a stray NUL in a UTF-8 or Windows-1252 file is not that: it is dropped with the other control characters).
     */
    static boolean isUtf16(byte[] content) {
        if (content.length >= 2
                && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                        || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            return true;
        }
        int pairs = Math.min(content.length, 4096) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += content[2 * i] == 0 ? 1 : 0;
            oddZeros += content[2 * i + 1] == 0 ? 1 : 0;
        }
        return pairs > 0 && Math.max(evenZeros, oddZeros) * 2 >= pairs;
    }

    /** The separator of the header line: whichever of ';' and ',' appears more often outside quotes (',' on a tie). */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Every record, in order. When Commons CSV meets a quote that is never properly closed, the line it
     * started on is kept as one refused record and reading starts again on the next line, so that a broken
     * line costs only itself.
     */
    private static List<Record> split(String text, char separator) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                // Spaces before an opening quote are dropped, as Excel reads them.
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<Integer> lineStarts = lineStarts(text);
        List<Record> records = new ArrayList<>();
        int line = 0;
        while (line < lineStarts.size()) {
            int from = lineStarts.get(line);
            try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(from)), format)) {
                Iterator<CSVRecord> iterator = parser.iterator();
                long consumed = 0;
                try {
                    while (iterator.hasNext()) {
                        CSVRecord record = iterator.next();
                        // The record's position may be that of the empty lines the parser skipped before it.
                        int recordLine = firstFilledLine(
                                text, lineStarts, lineOf(lineStarts, from + (int) record.getCharacterPosition()));
                        add(records, new Record(recordLine + 1, record.toList(), false));
                        consumed = parser.getCurrentLineNumber();
                    }
                    return records;
                } catch (UncheckedIOException | IllegalStateException broken) {
                    int brokenLine = firstFilledLine(text, lineStarts, line + (int) consumed);
                    records.add(new Record(brokenLine + 1, List.of(lineText(text, lineStarts, brokenLine)), true));
                    line = brokenLine + 1;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    /** Where each line starts, whatever its end (CRLF, LF or CR). */
    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if ((c == '\r' || c == '\n') && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static int lineOf(List<Integer> lineStarts, int position) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts.get(middle) <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** The first line from {@code line} on that is not empty: the parser skips empty lines before a record. */
    private static int firstFilledLine(String text, List<Integer> lineStarts, int line) {
        int index = Math.min(line, lineStarts.size() - 1);
        while (index + 1 < lineStarts.size()
                && lineText(text, lineStarts, index).isEmpty()) {
            index++;
        }
        return index;
    }

    private static String lineText(String text, List<Integer> lineStarts, int line) {
        int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : text.length();
        return text.substring(lineStarts.get(line), end).replaceAll("[\r\n]+$", "");
    }

    private static void add(List<Record> records, Record record) {
        if (!record.isBlank() || record.unclosedQuote()) {
            records.add(record);
        }
    }
}
