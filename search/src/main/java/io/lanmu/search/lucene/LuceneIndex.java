package io.lanmu.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import io.lanmu.search.SearchDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One index on disk: the writer every thread shares and the searchers that see its changes. Thread-safe.
 */
final class LuceneIndex implements Closeable {

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneIndex(Path path, Directory directory, IndexWriter writer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    static LuceneIndex open(Path path, Analyzer analyzer, LuceneSettings settings) throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(settings.ramBufferMegabytes());
            IndexWriter writer = new IndexWriter(directory, config);
            // An empty first commit, so that a reader (and a restart) always finds an index here.
            writer.commit();
            return new LuceneIndex(path, directory, writer);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** Adds or replaces the documents and returns once they are durable and searchable. */
    void index(Collection<SearchDocument> documents) throws IOException {
        add(documents);
        commitAndRefresh();
    }

    /** Adds or replaces the documents without committing: for filling a rebuild, committed once at the end. */
    void add(Collection<SearchDocument> documents) throws IOException {
        for (SearchDocument document : documents) {
            writer.updateDocument(new Term(IndexedFields.ID, document.id()), DocumentMapper.toLucene(document));
        }
    }

    void delete(Collection<String> ids) throws IOException {
        writer.deleteDocuments(ids.stream().map(id -> new Term(IndexedFields.ID, id)).toArray(Term[]::new));
        commitAndRefresh();
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
        commitAndRefresh();
    }

    /**
     * Makes everything added so far durable and visible. Concurrent callers are safe: the writer runs one commit at a
     * time, and a commit that starts after a caller's documents were added includes them.
     */
    void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    boolean isHealthy() {
        return writer.isOpen() && writer.getTragicException() == null;
    }

    /** Closes the index, keeping what was committed. */
    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // Closed in reverse order: searchers, then the writer, then the directory.
        }
    }

    /** Closes the index and throws away what was not committed, without waiting for merges. */
    void abandon() throws IOException {
        try (directory; searchers) {
            writer.rollback();
        }
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
