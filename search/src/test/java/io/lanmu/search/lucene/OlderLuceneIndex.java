package io.lanmu.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import io.lanmu.search.SearchDocument;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** A Lucene index as an earlier build left it: holding documents, its commit naming an older format or none. */
public final class OlderLuceneIndex {

    private OlderLuceneIndex() {
    }

    /**
     * Writes {@code documents} into an engine directory, as {@link LuceneSearchEngine} lays it out, then marks the
     * index as written in {@code format}: 0 leaves no format in the commit, as builds before formats were recorded.
     */
    public static void write(Path engineDirectory, int format, Collection<SearchDocument> documents) {
        try (LuceneSearchEngine engine = new LuceneSearchEngine(engineDirectory)) {
            engine.index(documents);
        }
        Map<String, String> commitData = format == 0 ? Map.of()
                : Map.of(LuceneIndex.FORMAT_ENTRY, Integer.toString(format));
        try (Directory index = FSDirectory.open(IndexGenerations.in(engineDirectory).active());
                IndexWriter writer = new IndexWriter(index,
                        new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
