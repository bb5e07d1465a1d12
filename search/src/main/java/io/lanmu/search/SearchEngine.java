package io.lanmu.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The search port. Implementations: embedded Lucene ({@code lanmu.search.engine=lucene}, the default)
 * and Elasticsearch ({@code lanmu.search.engine=elasticsearch}). Both pass the same contract tests.
 *
 * <p>Text is analysed into Chinese words (not single characters); Latin words are case-folded and
 * numbers are kept whole, so 2026, 12366 and PDF are findable. Changes are visible to searches within
 * a second of returning.
 *
 * <p>Every method except {@link #isAvailable()} and {@link #format()} throws {@link SearchUnavailable} when the
 * engine cannot be reached. Editing and publishing never wait for it: the index is updated after their commit, by
 * listeners whose events the publication registry keeps, so an update that failed this way stays on record and
 * the background catch-up hands it over again once the engine answers. A search that fails this way answers 503.
 */
public interface SearchEngine {

    /** A short name for logs and the admin page: {@code lucene} or {@code elasticsearch}. */
    String name();

    /** Whether the engine answers now. Never throws. */
    boolean isAvailable();

    /**
     * The format the index searches use now was written in, and the one this build writes; a rebuild writes the new
     * one. Never throws: when the engine cannot be reached the current format is unknown.
     */
    IndexFormat format();

    /** The format this build writes: a constant of the engine's, known without asking the engine. */
    int wantedFormat();

    /**
     * Adds the documents; for each item among them, they replace every document the item had. So an item's documents
     * (one per scope, or one for both) are indexed together, in one call.
     */
    void index(Collection<SearchDocument> documents);

    /** Removes every document of these items; unknown items are ignored. */
    void deleteItems(Collection<Long> itemIds);

    /** Removes every document. */
    void deleteAll();

    SearchResult search(SearchQuery query);

    /**
     * Titles for what a user is typing (搜索建议): titles of documents in {@code scope} that contain
     * every word of {@code prefix}, the last one possibly unfinished, best match first, distinct.
     */
    List<String> suggest(String prefix, Scope scope, int limit);

    /**
     * The ids of every document in {@code scope}, as {@link SearchDocument#idOf(Scope, long)} names them (a document in
     * both scopes is listed in each), for reconciling the index with the database.
     */
    Set<String> ids(Scope scope);

    /**
     * Starts filling a fresh index beside the current one. Searches keep using the current index until
     * {@link Rebuild#complete()} swaps the new one in; closing without completing discards it.
     */
    Rebuild startRebuild();

    /** A fresh index being filled. */
    interface Rebuild extends AutoCloseable {

        /** Adds the documents of items not fed to this rebuild before, all of an item's documents at once. */
        void index(Collection<SearchDocument> documents);

        /** Makes the new index the one searches use, atomically. */
        void complete();

        /** Discards the new index unless it was completed. */
        @Override
        void close();
    }
}
