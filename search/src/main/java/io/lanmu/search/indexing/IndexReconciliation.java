package io.lanmu.search.indexing;

import io.lanmu.item.SearchableItems;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the index with the database: documents that should be there but are not, and documents
 * that are there but should not be. Repair refreshes the items concerned.
 */
@Service
@NamedInterface("index-maintenance")
public class IndexReconciliation {

    private static final int SAMPLE = 20;

    private final SearchableItems items;
    private final ItemIndexing indexing;
    private final SearchEngine engine;

    IndexReconciliation(SearchableItems items, ItemIndexing indexing, SearchEngine engine) {
        this.items = items;
        this.indexing = indexing;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    public Report check() {
        return differences().report();
    }

    /** Fixes what {@link #check()} finds and reports what is left. */
    @Transactional(readOnly = true)
    public Report repair() {
        Differences found = differences();
        found.itemIds().forEach(indexing::rewrite);
        return found.itemIds().isEmpty() ? found.report() : differences().report();
    }

    private Differences differences() {
        Set<String> expected = new HashSet<>();
        items.publishedIds().forEach(id -> expected.add(SearchDocument.idOf(Scope.PUBLIC, id)));
        items.allIds().forEach(id -> expected.add(SearchDocument.idOf(Scope.EDITORIAL, id)));
        Set<String> indexed = new HashSet<>(engine.ids(Scope.PUBLIC));
        indexed.addAll(engine.ids(Scope.EDITORIAL));
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(indexed);
        Set<String> orphaned = new TreeSet<>(indexed);
        orphaned.removeAll(expected);
        return new Differences(expected.size(), missing, orphaned);
    }

    private record Differences(long expected, Set<String> missing, Set<String> orphaned) {

        Report report() {
            return new Report(expected, missing.size(), orphaned.size(), missing.stream().limit(SAMPLE).toList(),
                    orphaned.stream().limit(SAMPLE).toList());
        }

        Set<Long> itemIds() {
            Set<Long> ids = new TreeSet<>();
            missing.forEach(id -> ids.add(itemIdOf(id)));
            orphaned.forEach(id -> ids.add(itemIdOf(id)));
            return ids;
        }

        private static long itemIdOf(String documentId) {
            return Long.parseLong(documentId.substring(documentId.indexOf('-') + 1));
        }
    }

    /**
     * @param expected how many documents the database says the index should hold
     * @param missingSample and {@code orphanedSample}: some of the ids concerned
     */
    public record Report(long expected, long missing, long orphaned, List<String> missingSample,
            List<String> orphanedSample) {

        public boolean consistent() {
            return missing == 0 && orphaned == 0;
        }
    }
}
