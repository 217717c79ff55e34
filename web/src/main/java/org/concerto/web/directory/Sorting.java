package org.concerto.web.directory;

import java.util.Map;
import org.concerto.participant.DirectorySearch;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** A lazy table's sort, turned into the search's fixed sort keys; anything else sorts by name, A to Z. */
final class Sorting {

    private Sorting() {}

    static void apply(
            DirectorySearch search, Map<String, SortMeta> sortBy, Map<String, DirectorySearch.Sort> sortable) {
        search.setSort(DirectorySearch.Sort.NAME);
        search.setAscending(true);
        sortBy.values().stream()
                .filter(meta -> sortable.containsKey(meta.getField()) && meta.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .ifPresent(meta -> {
                    search.setSort(sortable.get(meta.getField()));
                    search.setAscending(meta.getOrder() == SortOrder.ASCENDING);
                });
    }
}
