package io.lanmu.search.indexing;

import io.lanmu.attachment.AttachmentTextExtracted;
import io.lanmu.column.ColumnChanged;
import io.lanmu.column.ColumnMoved;
import io.lanmu.item.ItemEvent;
import io.lanmu.search.EngineAvailability;
import io.lanmu.search.SearchLanes;
import io.lanmu.search.SearchUnavailable;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index current. Each listener runs after the change committed, in the indexing lane, and
 * its event is stored with the change (Spring Modulith's event publication registry): an update that
 * fails because the engine is down, that a full lane refused, or that a crash cut short stays on
 * record and is handed over again by the background catch-up.
 *
 * <p>The listeners hold no transaction of their own: {@link ItemIndexing} reads in short transactions
 * and holds no database connection while the engine works. While the engine is known to be down they
 * fail at once, instead of each waiting for the engine's timeout.
 */
@Component
class SearchIndexer {

    private final ItemIndexing indexing;
    private final EngineAvailability availability;

    SearchIndexer(ItemIndexing indexing, EngineAvailability availability) {
        this.indexing = indexing;
        this.availability = availability;
    }

    @Async(SearchLanes.INDEXING)
    @TransactionalEventListener
    void on(ItemEvent event) {
        whileAvailable(() -> indexing.refresh(event.itemId()));
    }

    @Async(SearchLanes.INDEXING)
    @TransactionalEventListener
    void on(AttachmentTextExtracted event) {
        whileAvailable(() -> indexing.refresh(event.itemId()));
    }

    @Async(SearchLanes.INDEXING)
    @TransactionalEventListener
    void on(ColumnChanged event) {
        if (event.visibilityChanged() || event.pathChanged()) {
            whileAvailable(() -> indexing.refreshColumn(event.columnId()));
        }
    }

    @Async(SearchLanes.INDEXING)
    @TransactionalEventListener
    void on(ColumnMoved event) {
        whileAvailable(() -> indexing.refreshColumn(event.columnId()));
    }

    private void whileAvailable(Runnable update) {
        availability.requireAvailable();
        try {
            update.run();
        }
        catch (SearchUnavailable down) {
            availability.reportUnavailable();
            throw down;
        }
    }
}
