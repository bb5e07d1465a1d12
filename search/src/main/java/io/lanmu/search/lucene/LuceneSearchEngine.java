package io.lanmu.search.lucene;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.lanmu.search.IndexFormat;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import io.lanmu.search.SearchUnavailable;
import io.lanmu.search.query.ChineseAnalyzer;
import io.lanmu.search.query.QueryUnderstanding;

/**
 * The embedded engine: a Lucene index in a directory of the application's own.
 *
 * <p>Every change is committed and visible to searches when {@link #index} or {@link #delete} returns, so an
 * acknowledged change survives a crash; batches make that cheap. Safe for concurrent indexing and searching. After
 * {@link #close()} every method but {@link #isAvailable()} throws {@link SearchUnavailable}.
 *
 * <p>The directory holds one sub-folder per index generation and a pointer to the active one; see
 * {@link IndexGenerations}.
 */
public final class LuceneSearchEngine implements SearchEngine, AutoCloseable {

    private final ChineseAnalyzer analyzer = new ChineseAnalyzer();
    private final ActiveIndex index;
    private final QueryUnderstanding understanding;

    /**
     * With the shipped synonyms only.
     *
     * @throws SearchUnavailable when the directory cannot be created or holds an unreadable index
     */
    public LuceneSearchEngine(Path directory) {
        this(directory, LuceneSettings.DEFAULTS, QueryUnderstanding.shipped());
    }

    /**
     * With the shipped synonyms only.
     *
     * @throws SearchUnavailable when the directory cannot be created or holds an unreadable index
     */
    public LuceneSearchEngine(Path directory, LuceneSettings settings) {
        this(directory, settings, QueryUnderstanding.shipped());
    }

    /** @throws SearchUnavailable when the directory cannot be created or holds an unreadable index */
    public LuceneSearchEngine(Path directory, LuceneSettings settings, QueryUnderstanding understanding) {
        this.index = ActiveIndex.open(directory, analyzer, settings);
        this.understanding = understanding;
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public boolean isAvailable() {
        return index.isHealthy();
    }

    @Override
    public int wantedFormat() {
        return DocumentMapper.FORMAT;
    }

    /** Read from the active index's commit, so known without touching the disk; unknown once closed. */
    @Override
    public IndexFormat format() {
        try {
            return new IndexFormat(index.format(), wantedFormat());
        } catch (SearchUnavailable closed) {
            return IndexFormat.unknown(wantedFormat());
        }
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        index.change(generation -> generation.index(documents));
    }

    @Override
    public void deleteItems(Collection<Long> itemIds) {
        index.change(generation -> generation.deleteItems(itemIds));
    }

    @Override
    public void deleteAll() {
        index.change(LuceneIndex::deleteAll);
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return index.read(active -> active.withSearcher(searcher -> new PageSearch(searcher, analyzer).run(query, understanding.understand(query.text()))));
    }

    @Override
    public List<String> suggest(String prefix, Scope scope, int limit) {
        return index.read(active -> active.withSearcher(
                searcher -> Suggestions.titles(searcher, understanding.words(prefix), scope, limit)));
    }

    @Override
    public Set<String> ids(Scope scope) {
        return index.read(active -> active.withSearcher(searcher -> ScopeIds.of(searcher, scope)));
    }

    /** @throws IllegalStateException when a rebuild is already running */
    @Override
    public Rebuild startRebuild() {
        return new LuceneRebuild(index, index.startFilling());
    }

    /** Closes the index, discarding a rebuild that was not completed. Calling it again does nothing. */
    @Override
    public void close() {
        index.close();
    }
}
