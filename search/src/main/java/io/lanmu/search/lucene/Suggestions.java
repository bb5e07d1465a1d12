package io.lanmu.search.lucene;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.lanmu.search.Scope;
import io.lanmu.search.query.Words;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Completes what a user is typing into titles of documents in a scope, best first, each title once. */
final class Suggestions {

    private static final int MOST_READ_AT_ONCE = 1000;

    private Suggestions() {
    }

    static List<String> titles(IndexSearcher searcher, Words words, Scope scope, int limit) throws IOException {
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        Query query = Filters.inScope(scope).add(TextQueries.suggestion(words), Occur.MUST).build();
        Set<String> titles = new LinkedHashSet<>();
        StoredHits stored = new StoredHits(searcher);
        // Documents often share a title (one per scope, reposts), so read on until enough distinct ones are found.
        int batch = (int) Math.min(limit * 2L, MOST_READ_AT_ONCE);
        FieldDoc after = null;
        while (titles.size() < limit) {
            TopDocs top = searcher.searchAfter(after, query, batch, PageSearch.BEST_THEN_NEWEST, false);
            for (ScoreDoc hit : top.scoreDocs) {
                titles.add(stored.title(hit.doc));
                if (titles.size() == limit) {
                    break;
                }
            }
            if (top.scoreDocs.length < batch) {
                break;
            }
            after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
        }
        return List.copyOf(titles);
    }
}
