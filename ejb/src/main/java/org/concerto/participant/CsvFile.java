package org.concerto.participant;

import org.concerto.shared.BusinessException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet export as people send it: UTF-8 (with or without the byte order mark Excel writes) and
 * comma-separated, or Excel's French dialect, semicolon-separated and often in Windows-1252. Fields may be
 * quoted ("..."), with separators, line breaks and doubled quotes inside. Small on purpose: the whole
 * format is RFC 4180 plus the separator and encoding guesses, and a library would add nothing but weight.
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

        /** The file ended inside a quoted field: what follows the quote is not trustworthy. */
        public boolean unclosedQuote() {
            return unclosedQuote;
        }

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Decodes and splits the file; blank lines are left out. The first record is the header. */
    public static CsvFile parse(byte[] content) {
        String text = decode(content);
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

    /** UTF-8 when the bytes are valid UTF-8 (a leading BOM dropped), else Windows-1252, Excel's "CSV (séparateur : point-virgule)". */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
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

    private static List<Record> split(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                // A quote opens a quoted field only at its start (spaces before it are dropped), as Excel reads it.
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                add(records, new Record(recordLine, fields, false));
                fields.clear();
                field.setLength(0);
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            add(records, new Record(recordLine, fields, quoted));
        }
        return records;
    }

    private static void add(List<Record> records, Record record) {
        if (!record.isBlank() || record.unclosedQuote()) {
            records.add(record);
        }
    }
}
