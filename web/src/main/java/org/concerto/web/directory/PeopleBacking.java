package org.concerto.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.concerto.participant.DirectorySearch;
import org.concerto.participant.DirectoryService;
import org.concerto.participant.OrganisationRow;
import org.concerto.participant.PersonRow;
import org.concerto.participant.StakeholderCategory;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /directory/people.xhtml[?organisation=…]: the people of the directory, paged, sorted and filtered in
 * the database (by name or e-mail, organisation, category).
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's columns, by the property they sort on. */
    private static final Map<String, DirectorySearch.Sort> SORTABLE = Map.of(
            "lastName",
            DirectorySearch.Sort.NAME,
            "email",
            DirectorySearch.Sort.EMAIL,
            "organisationName",
            DirectorySearch.Sort.ORGANISATION,
            "category",
            DirectorySearch.Sort.CATEGORY);

    @Inject
    private DirectoryService directory;

    private final DirectorySearch search = new DirectorySearch();
    private List<OrganisationRow> organisations;

    private final LazyDataModel<PersonRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.countPeople(search);
        }

        @Override
        public List<PersonRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Sorting.apply(search, sortBy, SORTABLE);
            return directory.searchPeople(search, first, pageSize);
        }

        @Override
        public String getRowKey(PersonRow person) {
            return String.valueOf(person.getId());
        }
    };

    public List<OrganisationRow> getOrganisations() {
        if (organisations == null) {
            organisations = directory.organisations();
        }
        return organisations;
    }

    public LazyDataModel<PersonRow> getModel() {
        return model;
    }

    public DirectorySearch getSearch() {
        return search;
    }

    public StakeholderCategory[] getCategories() {
        return StakeholderCategory.values();
    }
}
