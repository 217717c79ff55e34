package org.concerto.action;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concerto.shared.Messages;

/**
 * Action lists as CSV that Excel opens right by a double click: UTF-8 with a byte order mark (else
 * Excel reads it as Windows-1252), ';' between fields in French (Excel's list separator where the
 * decimal mark is a comma) and ',' in English, CRLF line ends, fields quoted when needed (Apache
 * Commons CSV's Excel format), and no cell that Excel would run as a formula.
 */
public final class ActionCsv {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private ActionCsv() {}

    public static char separator(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? ';' : ',';
    }

    public static byte[] write(List<ActionRow> rows, Locale locale, ZoneId zone) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(csv, format(locale))) {
            line(
                    printer,
                    label(locale, "actions.meeting"),
                    label(locale, "actions.meetingDate"),
                    label(locale, "field.subject"),
                    label(locale, "actions.agendaItem"),
                    label(locale, "actions.what"),
                    label(locale, "actions.owner"),
                    label(locale, "actions.organisation"),
                    label(locale, "actions.due"),
                    label(locale, "actions.priority"),
                    label(locale, "field.status"),
                    label(locale, "actions.daysLate"));
            for (ActionRow row : rows) {
                line(
                        printer,
                        row.getMeetingTitle(),
                        ISO.format(row.getMeetingStartsAt().atZone(zone)),
                        row.getSubject(),
                        row.getAgendaItemTitle(),
                        row.getDescription(),
                        row.getOwnerName(),
                        row.getOrganisationName() == null
                                ? row.getContactOrganisationName()
                                : row.getOrganisationName(),
                        ISO.format(row.getDueDate()),
                        Messages.label(locale, row.getPriority()),
                        statusLabel(locale, row),
                        row.isOverdue() ? Long.toString(row.getDaysLate()) : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Excel's dialect with the locale's separator; an empty cell is written empty, never as "null". */
    static CSVFormat format(Locale locale) {
        return CSVFormat.EXCEL
                .builder()
                .setDelimiter(separator(locale))
                .setRecordSeparator("\r\n")
                .setNullString("")
                .get();
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

    private static void line(CSVPrinter printer, String... fields) throws IOException {
        for (String field : fields) {
            printer.print(defused(field));
        }
        printer.println();
    }

    /** A leading =, +, -, @, tab or carriage return would be run by Excel as a formula: the apostrophe makes it text. */
    static String defused(String field) {
        return field != null && !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }
}
