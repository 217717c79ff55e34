package org.concerto.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concerto.participant.DirectoryService;
import org.concerto.participant.Language;
import org.concerto.participant.OrganisationRow;
import org.concerto.participant.PersonForm;
import org.concerto.web.Notices;

/**
 * /directory/person.xhtml[?id=…]: creates or edits a person. The form keeps the version it was read at
 * for the whole view, so a save over someone else's newer change is refused.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private Notices notices;

    private String id;
    private PersonForm form;
    private List<OrganisationRow> organisations;

    /** View action: the person to edit, or an empty form; an unknown id becomes the 404 page. */
    public void load() {
        if (form == null) {
            form = id == null || id.isBlank() ? new PersonForm() : directory.person(Ids.parse(id));
            organisations = directory.organisations();
        }
    }

    public String save() {
        long saved = directory.save(form);
        notices.doneBeforeRedirect("directory.saved");
        return "/directory/person?faces-redirect=true&id=" + saved;
    }

    public List<OrganisationRow> getOrganisations() {
        return organisations;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonForm getForm() {
        return form;
    }
}
