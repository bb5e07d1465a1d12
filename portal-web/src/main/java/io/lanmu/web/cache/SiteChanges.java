package io.lanmu.web.cache;

import io.lanmu.column.ColumnChanged;
import io.lanmu.column.ColumnCreated;
import io.lanmu.column.ColumnDeleted;
import io.lanmu.column.ColumnMoved;
import io.lanmu.item.ItemExpired;
import io.lanmu.item.ItemPublished;
import io.lanmu.item.ItemRevised;
import io.lanmu.item.ItemUnpublished;
import io.lanmu.item.PublishedItems;
import io.lanmu.search.SynonymsChanged;
import io.lanmu.shared.DomainEvent;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells which domain events change what the public sees, and starts a new generation of kept answers once such a
 * change has committed. Plain listeners, inside the change's transaction: the new generation must begin on this
 * instance the moment the change is visible, not when a background lane gets round to it, and never before the
 * commit (an answer rendered in between would be kept as current). Other instances learn of it through
 * {@link SiteChanged} and {@link SiteVersion}.
 */
@Component
class SiteChanges {

    private final StoredPages pages;
    private final PublishedItems published;
    private final ApplicationEventPublisher events;

    SiteChanges(StoredPages pages, PublishedItems published, ApplicationEventPublisher events) {
        this.pages = pages;
        this.published = published;
        this.events = events;
    }

    @EventListener
    void on(ItemPublished event) {
        changed(event);
    }

    @EventListener
    void on(ItemUnpublished event) {
        changed(event);
    }

    @EventListener
    void on(ItemExpired event) {
        changed(event);
    }

    @EventListener
    void on(ItemRevised event) {
        // A new revision of a live item stays a draft, but its column and category apply to the live item at once.
        if (!Objects.equals(event.previousColumnId(), event.columnId()) || published.find(event.itemId()).isPresent()) {
            changed(event);
        }
    }

    @EventListener
    void on(ColumnCreated event) {
        changed(event);
    }

    @EventListener
    void on(ColumnChanged event) {
        changed(event);
    }

    @EventListener
    void on(ColumnMoved event) {
        changed(event);
    }

    @EventListener
    void on(ColumnDeleted event) {
        changed(event);
    }

    /** Searches answer differently with other synonyms. */
    @EventListener
    void on(SynonymsChanged event) {
        changed(event);
    }

    private void changed(DomainEvent event) {
        events.publishEvent(new SiteChanged(event.getClass().getSimpleName(), event.subjectId()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pages.startNewGeneration();
                }
            });
        }
        else {
            pages.startNewGeneration();
        }
    }
}
