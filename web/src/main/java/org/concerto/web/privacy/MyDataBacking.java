package org.concerto.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.concerto.pdf.PersonalData;
import org.concerto.privacy.PrivacyService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.Messages;
import org.concerto.web.CurrentUser;
import org.concerto.web.Formats;
import org.concerto.web.LocaleBacking;

/**
 * /privacy/mine.xhtml: what Concerto holds about the signed-in person, on the page and as downloads.
 * Also used by the secretariat's section of a person's page, for that person.
 */
@Named
@ViewScoped
public class MyDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PrivacyService privacy;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Formats formats;

    @Inject
    private LocaleBacking language;

    private PersonalData data;

    /** View action: an account without a person of the directory has no personal data here. */
    public void load() {
        if (data == null) {
            Long personId = currentUser.getCaller().getPersonId();
            if (personId == null) {
                throw new AccessDeniedException();
            }
            data = privacy.collect(personId);
        }
    }

    public PersonalData getData() {
        return data;
    }

    /** A value of the export as the pages show values. */
    public String show(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Instant instant) {
            return formats.dateTime(instant);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(language.isEnglish() ? Locale.UK : language.getLocale())
                    .format(date);
        }
        if (value instanceof Boolean flag) {
            return Messages.get(language.getLocale(), flag ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof Enum<?> constant) {
            return formats.label(constant);
        }
        return value.toString();
    }
}
