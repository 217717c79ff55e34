package org.concerto.action;

import org.concerto.shared.Messages;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Action lists as CSV that Excel opens right by a double click: UTF-8 with a byte order mark (else
 * Excel reads it as Windows-1252), ';' between fields in French (Excel's list separator where the
 * decimal mark is a comma) and ',' in English, CRLF line ends, fields quoted when needed.
 */
public final class ActionCsv {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private ActionCsv() {
    }

    public static char separator(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? ';' : ',';
    }

    public static byte[] write(List<ActionRow> rows, Locale locale, ZoneId zone) {
        char separator = separator(locale);
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, separator, label(locale, "actions.meeting"), label(locale, "actions.meetingDate"), label(locale, "field.subject"),
                label(locale, "actions.agendaItem"), label(locale, "actions.what"), label(locale, "actions.owner"),
                label(locale, "actions.organisation"), label(locale, "actions.due"), label(locale, "actions.priority"),
                label(locale, "field.status"), label(locale, "actions.daysLate"));
        for (ActionRow row : rows) {
            line(csv, separator, row.getMeetingTitle(), ISO.format(row.getMeetingStartsAt().atZone(zone)), row.getSubject(),
                    row.getAgendaItemTitle(), row.getDescription(), row.getOwnerName(),
                    row.getOrganisationName() == null ? row.getContactOrganisationName() : row.getOrganisationName(),
                    ISO.format(row.getDueDate()), Messages.label(locale, row.getPriority()), statusLabel(locale, row),
                    row.isOverdue() ? Long.toString(row.getDaysLate()) : "");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The status as people read it: a done action awaiting the secretariat says so. */
    public static String statusLabel(Locale locale, ActionRow row) {
        if (row.isAwaitingConfirmation()) {
            return Messages.get(locale, "actions.awaitingConfirmation");
        }
        return Messages.label(locale, row.getStatus());
    }

    private static String label(Locale locale, String key) {
        return Messages.get(locale, key);
    }

    private static void line(StringBuilder csv, char separator, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(quote(fields[i], separator));
        }
        csv.append("\r\n");
    }

    static String quote(String field, char separator) {
        if (field == null) {
            return "";
        }
        // A leading =, +, - or @ would be run by Excel as a formula: the apostrophe makes it text.
        String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        if (safe.indexOf(separator) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
