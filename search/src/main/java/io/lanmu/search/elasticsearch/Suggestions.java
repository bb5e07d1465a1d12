package io.lanmu.search.elasticsearch;

import static io.lanmu.search.elasticsearch.IndexedFields.TITLE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lanmu.search.Scope;
import io.lanmu.search.query.Words;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.SearchHits;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

/** Completes what a user is typing into titles of documents in a scope, best first, each title once. */
final class Suggestions {

    /** Reads this many hits per wanted title at a time, since documents often share a title. */
    private static final int HITS_PER_TITLE = 3;
    /** Enough for any limit a suggestion box asks for, even among many reposts of the same titles. */
    private static final int MAX_PAGES = 5;

    private final ElasticsearchOperations operations;
    private final IndexCoordinates alias;

    Suggestions(ElasticsearchOperations operations, IndexCoordinates alias) {
        this.operations = operations;
        this.alias = alias;
    }

    List<String> titles(Words words, Scope scope, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        Set<String> titles = new LinkedHashSet<>();
        int batch = Math.min(limit * HITS_PER_TITLE, SearchRequests.RESULT_WINDOW / MAX_PAGES);
        for (int page = 0; page < MAX_PAGES && titles.size() < limit; page++) {
            SearchHits<?> hits = operations.search(SearchRequests.suggest(words, scope, page, batch), Map.class, alias);
            for (SearchHit<?> hit : hits) {
                if (hit.getContent() instanceof Map<?, ?> source && source.get(TITLE) instanceof String title) {
                    titles.add(title);
                }
            }
            if (hits.getSearchHits().size() < batch) {
                break;
            }
        }
        return titles.stream().limit(limit).toList();
    }
}
