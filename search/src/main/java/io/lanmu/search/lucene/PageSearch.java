package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.DATE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import io.lanmu.search.SearchResult.Facets;
import io.lanmu.search.SearchResult.Hit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs one {@link SearchQuery}: finds every match, counts the total and the facets over all of them in the same pass,
 * and turns the requested page into hits with highlights.
 */
final class PageSearch {

    static final Sort NEWEST_FIRST = new Sort(newestFirst());
    static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, newestFirst());

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    PageSearch(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    SearchResult run(SearchQuery search) throws IOException {
        Words words = Words.of(search.text(), analyzer);
        boolean blank = search.text() == null || search.text().isBlank();
        // Text made only of punctuation searched for nothing; blank text asks for everything in scope.
        Query text = blank ? new MatchAllDocsQuery() : words.isEmpty() ? new MatchNoDocsQuery() : TextQueries.relevance(words);
        Query query = Filters.of(search).add(text, Occur.MUST).build();
        boolean byRelevance = !blank && search.order() == SearchQuery.Order.RELEVANCE;

        int from = (int) Math.min((long) Math.max(search.page(), 0) * Math.max(search.size(), 0), Integer.MAX_VALUE);
        // Never more than the index holds: a page far beyond the end must not allocate a huge queue.
        int wanted = Math.clamp((long) from + Math.max(search.size(), 0), 1, Math.max(1, searcher.getIndexReader().maxDoc()));
        // Exact totals are wanted, and the facets visit every match anyway, so nothing is saved by stopping early.
        Object[] collected = searcher.search(query, new MultiCollectorManager(
                new TopFieldCollectorManager(byRelevance ? BEST_THEN_NEWEST : NEWEST_FIRST, wanted, null, Integer.MAX_VALUE),
                FacetCounter.manager()));
        TopFieldDocs top = (TopFieldDocs) collected[0];
        ScoreDoc[] page = from >= top.scoreDocs.length || search.size() <= 0
                ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + search.size()));
        if (!blank && !byRelevance) {
            TopFieldCollector.populateScores(page, searcher, query);
        }
        return new SearchResult(top.totalHits.value(), hits(page, words, blank), (Facets) collected[1]);
    }

    private List<Hit> hits(ScoreDoc[] page, Words words, boolean blank) throws IOException {
        int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        StoredHits stored = new StoredHits(searcher);
        List<Map<String, List<String>>> highlights = null;
        AttachmentMatches attachments = null;
        if (!words.isEmpty() && page.length > 0) {
            Query highlighting = searcher.rewrite(TextQueries.highlighting(words));
            highlights = new Snippets(searcher, analyzer).of(highlighting, docIds);
            attachments = new AttachmentMatches(searcher, highlighting);
        }
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document document = stored.load(docIds[i]);
            hits.add(StoredHits.toHit(document, score(page[i], blank),
                    highlights == null ? Map.of() : highlights.get(i),
                    attachments == null ? List.of() : attachments.names(docIds[i], document)));
        }
        return hits;
    }

    /** Sorted by relevance, the score is the first sort value; sorted by date, it was filled in after the search. */
    private static float score(ScoreDoc hit, boolean blank) {
        if (blank) {
            return 0f;
        }
        return hit instanceof FieldDoc sorted && sorted.fields[0] instanceof Float score ? score : hit.score;
    }

    private static SortField newestFirst() {
        SortField date = new SortField(DATE, SortField.Type.LONG, true);
        // Documents without a date sort last.
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }
}
