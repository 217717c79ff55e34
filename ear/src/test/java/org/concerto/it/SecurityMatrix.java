package org.concerto.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of docs/security.md as data: for each section ("Pages", "Service operations"…), its rows by id
 * (the first code span of the first cell) with one cell per column. The document is the specification;
 * PermissionMatrixIT runs it.
 */
public final class SecurityMatrix {

    /** The columns every matrix table has, after the id and before the rule. */
    public static final List<String> COLUMNS =
            List.of("secretariat", "chair", "participant", "expert", "observer", "outsider", "anonymous");

    private final Map<String, Map<String, Row>> sections = new LinkedHashMap<>();

    private SecurityMatrix() {}

    /** One documented row: its id, its expected cell per column, and the rule in words. */
    public record Row(String id, Map<String, String> cells, String rule) {

        public String cell(String column) {
            return cells.get(column);
        }

        /** The part of the id before '#': the EJB method or the address. */
        public String subject() {
            int hash = id.indexOf('#');
            return hash < 0 ? id : id.substring(0, hash);
        }
    }

    public static SecurityMatrix parse(String markdown) {
        SecurityMatrix matrix = new SecurityMatrix();
        String section = null;
        List<String> header = null;
        for (String line : markdown.split("\\R")) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
                header = null;
                continue;
            }
            if (!line.startsWith("|") || section == null) {
                header = line.startsWith("|") ? header : null;
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.get(0).startsWith("---") || !cells.get(0).startsWith("`") || !header.containsAll(COLUMNS)) {
                continue;
            }
            String id = cells.get(0).substring(1, cells.get(0).indexOf('`', 1));
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                byColumn.put(column, cells.get(header.indexOf(column)));
            }
            String rule = cells.size() > header.size() - 1 ? cells.get(header.size() - 1) : "";
            Row previous = matrix.sections
                    .computeIfAbsent(section, s -> new LinkedHashMap<>())
                    .put(id, new Row(id, byColumn, rule));
            if (previous != null) {
                throw new IllegalStateException("docs/security.md lists " + id + " twice in " + section);
            }
        }
        return matrix;
    }

    /** The rows of a section, by id, in the document's order; fails when the section has no table. */
    public Map<String, Row> section(String title) {
        Map<String, Row> rows = sections.get(title);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalStateException("docs/security.md has no table under '## " + title + "'");
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.trim();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }
}
