package org.concerto.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile-input corpus, {@code hostile-input.tsv}: one case a line, four columns separated by tabs (kind, target,
 * value, expected), read by HostileInputIT and, for the action items it exports, by the fixtures. In the value and the
 * expectation, {@code \t \n \r \\ \}uXXXX} are escapes and {@code {repeat:TEXT:N}} is TEXT N times.
 */
public final class HostileCorpus {

    /** One line of the corpus. */
    public static final class Case {
        public final int line;
        public final String kind;
        public final String target;
        public final String value;
        public final String expected;

        Case(int line, String kind, String target, String value, String expected) {
            this.line = line;
            this.kind = kind;
            this.target = target;
            this.value = value;
            this.expected = expected;
        }

        /** The same case with {@code {unique}} replaced by a token of the run. */
        public Case(Case c, String unique) {
            this(
                    c.line,
                    c.kind,
                    c.target.replace("{unique}", unique),
                    c.value.replace("{unique}", unique),
                    c.expected.replace("{unique}", unique));
        }

        @Override
        public String toString() {
            String shown = value.length() > 60 ? value.substring(0, 60) + "… (" + value.length() + ")" : value;
            return "line " + line + ": " + kind + " " + target + " «" + shown.replaceAll("\\p{Cntrl}", "·") + "»";
        }
    }

    private static final Pattern REPEAT = Pattern.compile("\\{repeat:([^:}]*):(\\d+)}");

    private HostileCorpus() {}

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String[] lines;
        try (InputStream in = HostileCorpus.class.getClassLoader().getResourceAsStream("hostile-input.tsv")) {
            if (in == null) {
                throw new IllegalStateException("hostile-input.tsv is not on the class path");
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 4) {
                throw new IllegalStateException("hostile-input.tsv line " + (i + 1) + ": 4 columns expected");
            }
            cases.add(new Case(i + 1, columns[0], columns[1], unescape(columns[2]), unescape(columns[3])));
        }
        return cases;
    }

    /** The descriptions of the action items whose CSV export the corpus checks. */
    public static List<String> exportedDescriptions() {
        return cases().stream()
                .filter(c -> c.kind.equals("export"))
                .map(c -> c.value)
                .toList();
    }

    static String unescape(String text) {
        Matcher repeat = REPEAT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(
                    expanded, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
        }
        repeat.appendTail(expanded);
        String source = expanded.toString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c != '\\' || i + 1 == source.length()) {
                out.append(c);
                continue;
            }
            char next = source.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(source.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
