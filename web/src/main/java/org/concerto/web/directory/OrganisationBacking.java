package org.concerto.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concerto.participant.DirectoryService;
import org.concerto.participant.OrganisationForm;
import org.concerto.participant.StakeholderCategory;
import org.concerto.web.Notices;

/**
 * /directory/organisation.xhtml[?id=…]: creates or edits an organisation. The form keeps the version it
 * was read at for the whole view, so a save over someone else's newer change is refused.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private Notices notices;

    private String id;
    private OrganisationForm form;

    /** View action: the organisation to edit, or an empty form; an unknown id becomes the 404 page. */
    public void load() {
        if (form == null) {
            form = id == null || id.isBlank() ? new OrganisationForm() : directory.organisation(Ids.parse(id));
        }
    }

    public String save() {
        long saved = directory.save(form);
        notices.doneBeforeRedirect("directory.saved");
        return "/directory/organisation?faces-redirect=true&id=" + saved;
    }

    public StakeholderCategory[] getCategories() {
        return StakeholderCategory.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OrganisationForm getForm() {
        return form;
    }
}
