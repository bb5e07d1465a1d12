package io.lanmu.search.lucene;

import io.lanmu.search.Scope;

import static io.lanmu.search.lucene.IndexedFields.DATE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lanmu.search.Rescue;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import io.lanmu.search.SearchResult.Hit;
import io.lanmu.search.lucene.FacetCounter.Counted;
import io.lanmu.search.query.Understood;
import io.lanmu.search.query.Words;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Runs one {@link SearchQuery}: counts every match and its facets in a pass that scores nothing, then finds the best
 * hits in a second pass that may skip whatever cannot make the page, and turns the page into hits with highlights.
 */
final class PageSearch {

    static final Sort NEWEST_FIRST = new Sort(newestFirst());
    static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, newestFirst());
    /** Below a page of documents holding every word, documents holding most of them are searched too. */
    private static final int FEW_MATCHES = 10;
    /** How many of the best hits get the phrase bonus, whatever the page asked for, so that paging stays consistent. */
    private static final int PHRASE_WINDOW = 50;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    PageSearch(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    SearchResult run(SearchQuery search, Understood understood) throws IOException {
        Words words = understood.typed();
        boolean blank = search.text() == null || search.text().isBlank();
        TextQueries texts = new TextQueries(new LongerWords(searcher.getIndexReader()), analyzer);
        // Text made only of punctuation searched for nothing; blank text asks for everything in scope.
        Query text = blank ? new MatchAllDocsQuery() : understood.isEmpty() ? new MatchNoDocsQuery()
                : texts.allWords(understood);
        Query query = Filters.of(search).add(text, Occur.MUST).build();
        Counted counted = searcher.search(query, FacetCounter.manager());
        int groups = understood.required().size();
        Set<Rescue> rescues = EnumSet.noneOf(Rescue.class);
        rescues.addAll(understood.rescues());
        if (counted.total() < FEW_MATCHES && groups > 2) {
            // Requiring every word keeps matches few and relevant, but smartcn may split an unknown word into single
            // characters the text does not hold: with few documents holding every word, one word is let go.
            query = Filters.of(search).add(texts.mostWords(understood), Occur.MUST).build();
            counted = searcher.search(query, FacetCounter.manager());
        }
        if (counted.total() == 0 && groups > 1 && !understood.main().isEmpty()) {
            // Never an empty page while a document holds some of the words: visitors type more than documents say.
            query = Filters.of(search).add(texts.anyWords(understood), Occur.MUST).build();
            counted = searcher.search(query, FacetCounter.manager());
            if (counted.total() > 0) {
                rescues.add(Rescue.PARTIAL_MATCH);
            }
        }
        ScoreDoc[] best = blank ? newest(query, search)
                : search.order() == SearchQuery.Order.NEWEST ? newestScored(query, search) : best(query, words, search);
        return new SearchResult(counted.total(), hits(pageOf(best, search), search.scope(), understood, texts),
                counted.facets(), rescues);
    }

    /**
     * The best hits, enough to fill the requested page and never fewer than the phrase window, with the phrase bonus
     * added. Counting already visited every match, so this search may skip the documents that cannot make it.
     */
    private ScoreDoc[] best(Query query, Words words, SearchQuery search) throws IOException {
        int kept = Math.max(PHRASE_WINDOW, hitsUpToPage(search));
        FieldDoc[] top = Arrays.stream(searcher.search(query,
                        new TopFieldCollectorManager(BEST_THEN_NEWEST, kept, null, kept)).scoreDocs)
                .map(FieldDoc.class::cast)
                .map(hit -> new FieldDoc(hit.doc, (Float) hit.fields[0], hit.fields))
                .toArray(FieldDoc[]::new);
        if (words.inOrder().size() < 2) {
            return top;
        }
        // Only the first hits get the bonus, whatever the page: re-sorting more of them for a later page would move
        // hits across pages already shown. Those after the window keep their order, below every hit in it.
        int window = Math.min(PHRASE_WINDOW, top.length);
        FieldDoc[] ranked = PhraseBonus.add(searcher, TextQueries.phrases(words), Arrays.copyOf(top, window));
        System.arraycopy(ranked, 0, top, 0, window);
        return top;
    }

    private ScoreDoc[] newest(Query query, SearchQuery search) throws IOException {
        int kept = hitsUpToPage(search);
        return searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, kept, null, kept)).scoreDocs;
    }

    private ScoreDoc[] newestScored(Query query, SearchQuery search) throws IOException {
        ScoreDoc[] newest = newest(query, search);
        TopFieldCollector.populateScores(newest, searcher, query);
        return newest;
    }

    /** Never more than the index holds: a page far beyond the end must not allocate a huge queue. */
    private int hitsUpToPage(SearchQuery search) {
        long wanted = (long) Math.max(search.page(), 0) * Math.max(search.size(), 0) + Math.max(search.size(), 0);
        return (int) Math.clamp(wanted, 1, Math.max(1, searcher.getIndexReader().maxDoc()));
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] best, SearchQuery search) {
        long from = (long) Math.max(search.page(), 0) * Math.max(search.size(), 0);
        if (from >= best.length || search.size() <= 0) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(best, (int) from, (int) Math.min(best.length, from + search.size()));
    }

    private List<Hit> hits(ScoreDoc[] page, Scope scope, Understood understood, TextQueries texts)
            throws IOException {
        int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        boolean highlighted = !understood.isEmpty() && page.length > 0;
        Map<Integer, Document> stored = new StoredHits(searcher).load(docIds, highlighted);
        List<Map<String, List<String>>> highlights = null;
        AttachmentMatches attachments = null;
        if (highlighted) {
            Query highlighting = texts.highlighting(understood);
            highlights = new Snippets(searcher, analyzer, stored).of(highlighting, docIds);
            attachments = new AttachmentMatches(searcher, highlighting);
        }
        List<Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document document = stored.get(docIds[i]);
            hits.add(StoredHits.toHit(document, scope, Float.isNaN(page[i].score) ? 0f : page[i].score,
                    highlights == null ? Map.of() : highlights.get(i),
                    attachments == null ? List.of() : attachments.names(docIds[i], document)));
        }
        return hits;
    }

    private static SortField newestFirst() {
        SortField date = new SortField(DATE, SortField.Type.LONG, true);
        // Documents without a date sort last.
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }
}
