package io.lanmu.search.indexing;

import io.lanmu.item.SearchableItems;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings an item's documents in the index in line with the database.
 *
 * <p>Index updates run after commit, in parallel, possibly on several instances; one that read the
 * database a moment too early could overwrite a newer document. So after writing, the documents are
 * built again: if they changed meanwhile they are written again, and the last writer always leaves
 * what the database says.
 *
 * <p>Within one instance, refreshes of the same item take turns ({@link ItemTurns}). Otherwise a refresh
 * that read the state before an approval could delete the public document right after a later refresh
 * wrote it: its next round would put it back, but a visitor searching in between would not find the
 * item. A refresh that finds the item taken does not wait for its turn: the thread that has it
 * refreshes once more.
 *
 * <p>Each round reads in a transaction of its own: within one persistence context the second read
 * would return the entity cached by the first and never see the newer state.
 *
 * <p>One change raises several events (revised, submitted, approved, published...), each refreshing
 * the item. Documents this instance last wrote are remembered, so the later refreshes find nothing to
 * write and cost a read, not an index write.
 */
@Service
class ItemIndexing {

    private static final Logger log = LoggerFactory.getLogger(ItemIndexing.class);
    private static final int MAX_ROUNDS = 5;

    private final SearchableItems items;
    private final ItemDocuments documents;
    private final SearchEngine engine;
    private final WrittenDocuments written = new WrittenDocuments(20_000);
    private final TransactionTemplate freshRead;
    private final ItemTurns turns = new ItemTurns();
    /** Items refreshed while a rebuild runs; null when none runs. */
    private volatile Set<Long> refreshedDuringRebuild;

    ItemIndexing(SearchableItems items, ItemDocuments documents, SearchEngine engine,
            PlatformTransactionManager transactions) {
        this.items = items;
        this.documents = documents;
        this.engine = engine;
        this.freshRead = new TransactionTemplate(transactions);
        this.freshRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshRead.setReadOnly(true);
    }

    /** Makes the index hold exactly the documents the item should have now (none, if it was deleted). */
    public void refresh(long itemId) {
        Set<Long> recorded = refreshedDuringRebuild;
        if (recorded != null) {
            recorded.add(itemId);
        }
        if (!turns.take(itemId)) {
            return;
        }
        try {
            do {
                refreshInTurn(itemId);
            } while (!turns.release(itemId));
        }
        catch (RuntimeException failed) {
            turns.abandon(itemId);
            throw failed;
        }
    }

    private void refreshInTurn(long itemId) {
        List<SearchDocument> last = written.get(itemId);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<SearchDocument> wanted = documentsOf(itemId);
            if (wanted.equals(last)) {
                return;
            }
            write(itemId, wanted);
            written.put(itemId, wanted);
            last = wanted;
        }
        // Each of those changes raised an event of its own, which brings the item up to date.
        log.debug("Item {} kept changing while it was indexed", itemId);
    }

    /**
     * Writes the item's documents even if this instance believes it wrote them already: for when the
     * index was changed behind its back (reconciliation found a difference).
     */
    public void rewrite(long itemId) {
        written.forget(itemId);
        refresh(itemId);
    }

    /** Refreshes every item in the column and beneath it (after a move, rename or visibility change). */
    @Transactional(readOnly = true)
    public int refreshColumn(long columnId) {
        List<Long> ids = items.idsUnder(columnId);
        ids.forEach(this::refresh);
        return ids.size();
    }

    private List<SearchDocument> documentsOf(long itemId) {
        return freshRead.execute(status -> items.find(itemId).map(documents::of).orElse(List.of()));
    }

    /**
     * Starts noting which items are refreshed. A rebuild batch read before such a refresh may reach the new index
     * after it, with the older state, and a refresh may come from a change the rebuild cannot see (a column hidden,
     * attachment text extracted); those items are refreshed again once the new index is in place.
     */
    void recordRefreshes() {
        refreshedDuringRebuild = ConcurrentHashMap.newKeySet();
    }

    /** Stops noting refreshes and returns the items refreshed since {@link #recordRefreshes()}. */
    Set<Long> stopRecordingRefreshes() {
        Set<Long> recorded = refreshedDuringRebuild;
        refreshedDuringRebuild = null;
        return recorded == null ? Set.of() : Set.copyOf(recorded);
    }

    /** Forgets what was written, for when the index itself was replaced (rebuild) or emptied. */
    void forgetWritten() {
        written.clear();
    }

    /** The engine replaces all the item had with what it is given, so only an item with none is deleted. */
    private void write(long itemId, List<SearchDocument> wanted) {
        if (wanted.isEmpty()) {
            engine.deleteItems(List.of(itemId));
        } else {
            engine.index(wanted);
        }
    }
}
