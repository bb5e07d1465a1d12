package io.lanmu.search.elasticsearch;

import io.lanmu.search.SearchDocument;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.lanmu.search.Scope;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHitsIterator;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

/** Lists document ids by scrolling through an index in pages of ids only, however many documents it holds. */
final class Ids {

    private final ElasticsearchOperations operations;

    Ids(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    /**
     * The ids of every document in {@code index}, of {@code scope} only unless it is null: as stored when null, else as
     * the document of that scope is named (a document in both scopes is listed in each under its scope's name).
     */
    Set<String> in(String index, Scope scope) {
        Set<String> ids = new LinkedHashSet<>();
        try (SearchHitsIterator<?> hits =
                operations.searchForStream(SearchRequests.ids(scope), Map.class, IndexCoordinates.of(index))) {
            hits.forEachRemaining(hit -> ids.add(scope == null ? hit.getId()
                    : SearchDocument.idOf(scope, SearchDocument.itemIdOf(hit.getId()))));
        }
        return ids;
    }
}
