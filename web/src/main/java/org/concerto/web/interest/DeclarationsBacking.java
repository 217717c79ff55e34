package org.concerto.web.interest;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.concerto.interest.InterestForm;
import org.concerto.interest.InterestNature;
import org.concerto.interest.InterestRow;
import org.concerto.interest.InterestService;
import org.concerto.meeting.OrganisationOption;
import org.concerto.shared.Messages;
import org.concerto.web.LocaleBacking;
import org.concerto.web.Notices;

/**
 * The declarations of one person: on /interest/mine.xhtml their own, in the directory's person page
 * anyone's for the secretariat. The service decides who may edit whose; this bean only keeps the form.
 */
@Named
@ViewScoped
public class DeclarationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterestService interests;

    @Inject
    private Notices notices;

    @Inject
    private LocaleBacking language;

    private Long personId;
    private List<InterestRow> rows;
    private List<OrganisationOption> organisations;
    private InterestForm form = new InterestForm();

    /** View action of /interest/mine.xhtml. */
    public void loadMine() {
        if (personId == null) {
            personId = interests.myPersonId();
            refresh();
        }
    }

    /** The person page's section: loads the declarations of the person shown; false for a new person. */
    public boolean showFor(Long id) {
        if (id != null && !id.equals(personId)) {
            personId = id;
            refresh();
        }
        return id != null;
    }

    private void refresh() {
        rows = interests.declarations(personId);
    }

    public void create() {
        form = new InterestForm();
    }

    public void edit(long interestId) {
        form = interests.form(interestId);
    }

    public void save() {
        interests.save(personId, form);
        notices.done("notice.interest.saved");
        form = new InterestForm();
        refresh();
    }

    public void remove(long interestId, long version) {
        interests.remove(interestId, version);
        notices.done("notice.interest.removed");
        form = new InterestForm();
        refresh();
    }

    /** "1 janv. 2014 – 30 juin 2018", or "depuis le 1 mars 2017" for a tie that lasts. */
    public String period(LocalDate start, LocalDate end) {
        return period(language.getLocale(), start, end);
    }

    static String period(Locale locale, LocalDate start, LocalDate end) {
        // English dates the British way, as Formats does: Europeans read day before month.
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(english ? Locale.UK : locale);
        if (start == null) {
            return "";
        }
        return end == null
                ? Messages.format(locale, "interest.since", format.format(start))
                : Messages.format(locale, "interest.period", format.format(start), format.format(end));
    }

    public List<OrganisationOption> getOrganisations() {
        if (organisations == null) {
            organisations = interests.organisations();
        }
        return organisations;
    }

    public InterestNature[] getNatures() {
        return InterestNature.values();
    }

    public List<InterestRow> getRows() {
        return rows;
    }

    public InterestForm getForm() {
        return form;
    }
}
