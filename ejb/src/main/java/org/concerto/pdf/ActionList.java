package org.concerto.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A list of action items as a dashboard filtered it, as plain data built by the actions feature: labels already
 * in the list's {@link ActionListPdf#language language}.
 *
 * @param selection the filters in words, printed at the top of the table
 * @param total     how many actions the filters match; more than the rows when the list was cut
 */
public record ActionList(
        Locale locale, String selection, long total, String regulator, Instant printedAt, List<Row> rows) {

    public ActionList {
        rows = List.copyOf(rows);
    }

    /**
     * One action: meeting and agenda item, what, owner, due date, priority and status.
     *
     * @param agendaItemTitle null when the action was decided on no item
     * @param organisation    the owner's organisation, or null
     * @param daysLate        how many days past the due date, when {@code overdue}
     */
    public record Row(
            String meetingTitle,
            Instant meetingStartsAt,
            String agendaItemTitle,
            String description,
            String ownerName,
            String organisation,
            LocalDate dueDate,
            boolean overdue,
            long daysLate,
            String priority,
            String status,
            boolean illustrative) {}
}
