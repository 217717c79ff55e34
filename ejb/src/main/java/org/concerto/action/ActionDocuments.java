package org.concerto.action;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.concerto.pdf.ActionList;
import org.concerto.pdf.ActionListPdf;
import org.concerto.pdf.PdfFile;
import org.concerto.shared.Messages;
import org.concerto.shared.Role;
import org.concerto.shared.Settings;
import org.concerto.shared.Zones;

/** The PDF of an action list: the same rows the caller's dashboard shows (same filters, same rights), as a table. */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class ActionDocuments {

    @Inject
    private ActionService actions;

    @Inject
    private Clock clock;

    /** @param selection the filters in words, printed at the top of the table */
    public PdfFile list(ActionSearch search, String selection, Locale locale) {
        List<ActionRow> rows = actions.search(search, 0, ActionService.EXPORT_LIMIT);
        long total = rows.size() < ActionService.EXPORT_LIMIT ? rows.size() : actions.count(search);
        Instant now = clock.instant();
        byte[] pdf = ActionListPdf.render(content(rows, total, selection, Settings.regulatorName(), now, locale));
        return PdfFile.of(
                Messages.get(locale, "actions.pdf.file") + "-" + LocalDate.ofInstant(now, Zones.DEFAULT) + ".pdf", pdf);
    }

    /** The rows as the PDF prints them, with their labels in the list's language. */
    public static ActionList content(
            List<ActionRow> rows, long total, String selection, String regulator, Instant at, Locale requested) {
        Locale locale = ActionListPdf.language(requested);
        return new ActionList(
                locale,
                selection,
                total,
                regulator,
                at,
                rows.stream()
                        .map(row -> new ActionList.Row(
                                row.getMeetingTitle(),
                                row.getMeetingStartsAt(),
                                row.getAgendaItemTitle(),
                                row.getDescription(),
                                row.getOwnerName(),
                                row.getOrganisationName() == null
                                        ? row.getContactOrganisationName()
                                        : row.getOrganisationName(),
                                row.getDueDate(),
                                row.isOverdue(),
                                row.getDaysLate(),
                                Messages.label(locale, row.getPriority()),
                                ActionCsv.statusLabel(locale, row),
                                row.isIllustrative()))
                        .toList());
    }
}
