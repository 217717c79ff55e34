package org.concerto.minutes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of the minutes side by side, part by part, the words removed marked on the left and the words
 * added on the right (java-diff-utils' Myers diff over words and the spaces between them, so a changed word does not
 * mark the whole line).
 */
public class Comparison implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private final int left;
    private final int right;
    private final List<Row> rows;

    Comparison(int left, int right, List<Row> rows) {
        this.left = left;
        this.right = right;
        this.rows = List.copyOf(rows);
    }

    public int getLeft() {
        return left;
    }

    public int getRight() {
        return right;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Compares two lists of (heading, text) parts, matched by heading. */
    static Comparison of(int left, List<MinutesVersion.Part> before, int right, List<MinutesVersion.Part> after) {
        List<Row> rows = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        before.forEach(p -> headings.add(p.getHeading()));
        after.stream()
                .map(MinutesVersion.Part::getHeading)
                .filter(h -> !headings.contains(h))
                .forEach(headings::add);
        for (String heading : headings) {
            String a = before.stream()
                    .filter(p -> p.getHeading().equals(heading))
                    .map(MinutesVersion.Part::getText)
                    .findFirst()
                    .orElse("");
            String b = after.stream()
                    .filter(p -> p.getHeading().equals(heading))
                    .map(MinutesVersion.Part::getText)
                    .findFirst()
                    .orElse("");
            rows.add(row(heading, a, b));
        }
        return new Comparison(left, right, rows);
    }

    static Row row(String heading, String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int i = 0;
        int j = 0;
        // The deltas come in text order; what lies between two of them is the same on both sides.
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            Chunk<String> removed = delta.getSource();
            Chunk<String> added = delta.getTarget();
            while (i < removed.getPosition()) {
                add(left, a.get(i++), false);
                add(right, b.get(j++), false);
            }
            removed.getLines().forEach(token -> add(left, token, true));
            added.getLines().forEach(token -> add(right, token, true));
            i += removed.size();
            j += added.size();
        }
        while (i < a.size()) {
            add(left, a.get(i++), false);
            add(right, b.get(j++), false);
        }
        return new Row(heading, left, right);
    }

    /** Neighbouring tokens of the same kind merge into one segment; whitespace alone is never marked. */
    private static void add(List<Segment> segments, String token, boolean changed) {
        boolean mark = changed && !token.isBlank();
        if (!segments.isEmpty() && segments.get(segments.size() - 1).changed == mark) {
            segments.get(segments.size() - 1).text.append(token);
        } else {
            segments.add(new Segment(token, mark));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** One part: its heading and both texts, cut into segments. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String heading;
        private final List<Segment> left;
        private final List<Segment> right;

        Row(String heading, List<Segment> left, List<Segment> right) {
            this.heading = heading;
            this.left = left;
            this.right = right;
        }

        public String getHeading() {
            return heading;
        }

        public List<Segment> getLeft() {
            return left;
        }

        public List<Segment> getRight() {
            return right;
        }

        public boolean isChanged() {
            return left.stream().anyMatch(Segment::isChanged) || right.stream().anyMatch(Segment::isChanged);
        }
    }

    /** A run of text, changed (removed on the left, added on the right) or the same on both sides. */
    public static class Segment implements Serializable {

        private static final long serialVersionUID = 1L;

        private final StringBuilder text;
        private final boolean changed;

        Segment(String text, boolean changed) {
            this.text = new StringBuilder(text);
            this.changed = changed;
        }

        public String getText() {
            return text.toString();
        }

        public boolean isChanged() {
            return changed;
        }
    }
}
