package io.lanmu.search.lucene;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import io.lanmu.search.SearchDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One index on disk: the writer every thread shares and the searchers that see its changes. Thread-safe.
 *
 * <p>Its first commit records the format it is written in ({@link DocumentMapper#FORMAT}) in the commit's user data,
 * which every later commit carries on: the index keeps the format it was created with, whatever writes to it later.
 */
final class LuceneIndex implements Closeable {

    /** The commit user data entry naming the format; an index written before formats were recorded has none. */
    static final String FORMAT_ENTRY = "lanmu.format";

    private final Path path;
    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final int format;
    private final ZoneId yearsIn;
    /** Taken to change and commit, one batch at a time. */
    private final Object commitLock = new Object();

    private LuceneIndex(Path path, Analyzer analyzer, Directory directory, IndexWriter writer, ZoneId yearsIn)
            throws IOException {
        this.path = path;
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.format = formatOf(writer);
        this.yearsIn = yearsIn;
    }

    static LuceneIndex open(Path path, Analyzer analyzer, LuceneSettings settings) throws IOException {
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = null;
        try {
            boolean created = !DirectoryReader.indexExists(directory);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(settings.ramBufferMegabytes()));
            if (created) {
                writer.setLiveCommitData(Map.of(FORMAT_ENTRY, Integer.toString(DocumentMapper.FORMAT)).entrySet());
            }
            // An empty first commit, so that a reader (and a restart) always finds an index here.
            writer.commit();
            return new LuceneIndex(path, analyzer, directory, writer, settings.yearsIn());
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** The format this index was created in: 0 when it was written before formats were recorded. */
    int format() {
        return format;
    }

    /**
     * Adds or replaces the documents and returns once they are durable and searchable. Callers analyse their batches
     * side by side, then take turns to write and commit them: a commit writes out everything added so far, so a
     * batch half added by another thread would become a small segment of its own, and small segments are costly to
     * write and to merge.
     */
    void index(Collection<SearchDocument> documents) throws IOException {
        SharedAnalysis analysed = SharedAnalysis.ahead(documents, analyzer);
        synchronized (commitLock) {
            add(documents, analysed);
            commit();
        }
    }

    /** Adds or replaces the documents without committing: for filling a rebuild, committed once at the end. */
    void add(Collection<SearchDocument> documents) throws IOException {
        add(documents, SharedAnalysis.of(documents, analyzer));
    }

    void deleteItems(Collection<Long> itemIds) throws IOException {
        synchronized (commitLock) {
            writer.deleteDocuments(itemIds.stream().map(LuceneIndex::itemTerm).toArray(Term[]::new));
            commit();
        }
    }

    void deleteAll() throws IOException {
        synchronized (commitLock) {
            writer.deleteAll();
            commit();
        }
    }

    /** Makes everything added so far durable and visible. */
    void commitAndRefresh() throws IOException {
        synchronized (commitLock) {
            commit();
        }
    }

    /** Each item's documents replace all it had, atomically: a search sees the old ones or the new ones. */
    private void add(Collection<SearchDocument> documents, SharedAnalysis analysis) throws IOException {
        Map<Long, List<SearchDocument>> byItem = documents.stream()
                .collect(Collectors.groupingBy(SearchDocument::itemId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<Long, List<SearchDocument>> item : byItem.entrySet()) {
            List<Document> mapped = new ArrayList<>(item.getValue().size());
            for (SearchDocument document : item.getValue()) {
                mapped.add(DocumentMapper.toLucene(document, analysis, yearsIn));
            }
            writer.updateDocuments(itemTerm(item.getKey()), mapped);
        }
    }

    private static Term itemTerm(long itemId) {
        return new Term(IndexedFields.ITEM_ID, Long.toString(itemId));
    }

    private void commit() throws IOException {
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

    private static int formatOf(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
        if (committed != null) {
            for (Map.Entry<String, String> entry : committed) {
                if (FORMAT_ENTRY.equals(entry.getKey())) {
                    return Integer.parseInt(entry.getValue());
                }
            }
        }
        return 0;
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
