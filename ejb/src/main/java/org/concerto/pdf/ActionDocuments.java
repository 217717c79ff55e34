package org.concerto.pdf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.concerto.action.ActionRow;
import org.concerto.action.ActionSearch;
import org.concerto.action.ActionService;
import org.concerto.security.Role;
import org.concerto.shared.Messages;
import org.concerto.shared.Settings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

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
        byte[] pdf = ActionListPdf.render(rows, total, selection, Settings.regulatorName(), now, locale);
        return new PdfFile(Messages.get(locale, "actions.pdf.file") + "-" + ActionListPdf.isoDay(now) + ".pdf", pdf);
    }
}
