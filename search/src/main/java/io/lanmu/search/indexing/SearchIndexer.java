package io.lanmu.search.indexing;

import io.lanmu.attachment.AttachmentTextExtracted;
import io.lanmu.column.ColumnChanged;
import io.lanmu.column.ColumnMoved;
import io.lanmu.item.ItemEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index current. Each listener runs after the change committed, in its own transaction, and
 * its event is stored with the change (Spring Modulith's event publication registry): an update that
 * fails because the engine is down, or is cut short by a crash, stays on record and is tried again
 * ({@link IndexCatchUp}).
 */
@Component
class SearchIndexer {

    private final ItemIndexing indexing;

    SearchIndexer(ItemIndexing indexing) {
        this.indexing = indexing;
    }

    @ApplicationModuleListener
    void on(ItemEvent event) {
        indexing.refresh(event.itemId());
    }

    @ApplicationModuleListener
    void on(AttachmentTextExtracted event) {
        indexing.refresh(event.itemId());
    }

    @ApplicationModuleListener
    void on(ColumnChanged event) {
        if (event.visibilityChanged() || event.pathChanged()) {
            indexing.refreshColumn(event.columnId());
        }
    }

    @ApplicationModuleListener
    void on(ColumnMoved event) {
        indexing.refreshColumn(event.columnId());
    }
}
