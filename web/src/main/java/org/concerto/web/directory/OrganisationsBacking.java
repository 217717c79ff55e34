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
import org.concerto.participant.StakeholderCategory;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /directory/organisations.xhtml: the organisations, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, DirectorySearch.Sort> SORTABLE =
            Map.of("name", DirectorySearch.Sort.NAME, "category", DirectorySearch.Sort.CATEGORY);

    @Inject
    private DirectoryService directory;

    private final DirectorySearch search = new DirectorySearch();

    private final LazyDataModel<OrganisationRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.countOrganisations(search);
        }

        @Override
        public List<OrganisationRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Sorting.apply(search, sortBy, SORTABLE);
            return directory.searchOrganisations(search, first, pageSize);
        }

        @Override
        public String getRowKey(OrganisationRow organisation) {
            return String.valueOf(organisation.getId());
        }
    };

    public LazyDataModel<OrganisationRow> getModel() {
        return model;
    }

    public DirectorySearch getSearch() {
        return search;
    }

    public StakeholderCategory[] getCategories() {
        return StakeholderCategory.values();
    }
}
