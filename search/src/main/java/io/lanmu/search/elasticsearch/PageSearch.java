package io.lanmu.search.elasticsearch;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.lanmu.search.Rescue;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.query.Understood;
import io.lanmu.search.query.Words;
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

    SearchResult run(SearchQuery query, Understood understood) {
        int groups = understood.required().size();
        SearchHits<Map<String, Object>> hits = search(query, understood, Words.mostOf(groups));
        Set<Rescue> rescues = EnumSet.noneOf(Rescue.class);
        rescues.addAll(understood.rescues());
        if (hits.getTotalHits() == 0 && groups > 1 && !understood.main().isEmpty()) {
            // Never an empty page while a document holds some of the words: visitors type more than documents say.
            hits = search(query, understood, 1);
            if (hits.getTotalHits() > 0) {
                rescues.add(Rescue.PARTIAL_MATCH);
            }
        }
        return Hits.read(hits, query.scope(), rescues);
    }

    private SearchHits<Map<String, Object>> search(SearchQuery query, Understood understood, int groupsRequired) {
        // Read as maps: the mapping is the resources', not an entity's, and a hit needs a few source fields only.
        @SuppressWarnings({"unchecked", "rawtypes"})
        SearchHits<Map<String, Object>> hits = (SearchHits) operations.search(
                SearchRequests.search(query, understood, groupsRequired), Map.class, alias);
        return hits;
    }
}
