package io.lanmu.search.elasticsearch;

import java.util.Map;

import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHits;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

/**
 * Runs one search: the page of hits with the total, the facets, the highlights and the matched attachments, all in
 * one request.
 */
final class PageSearch {

    private final ElasticsearchOperations operations;
    private final IndexCoordinates alias;

    PageSearch(ElasticsearchOperations operations, IndexCoordinates alias) {
        this.operations = operations;
        this.alias = alias;
    }

    SearchResult run(SearchQuery query, Words words) {
        // Read as maps: the mapping is the resources', not an entity's, and a hit needs a few source fields only.
        @SuppressWarnings({"unchecked", "rawtypes"})
        SearchHits<Map<String, Object>> hits =
                (SearchHits) operations.search(SearchRequests.search(query, words), Map.class, alias);
        return Hits.read(hits, query.scope());
    }
}
