package io.lanmu.search.lucene;

import java.util.Collection;

import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;

/**
 * A fresh index filling in a new generation folder. Nothing is committed until {@link #complete()}, since a rebuild
 * cut short is discarded whole; changes made through the engine meanwhile reach this index too.
 */
final class LuceneRebuild implements SearchEngine.Rebuild {

    private final ActiveIndex active;
    private final LuceneIndex filling;

    LuceneRebuild(ActiveIndex active, LuceneIndex filling) {
        this.active = active;
        this.filling = filling;
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        active.fill(filling, documents);
    }

    @Override
    public void complete() {
        active.promote(filling);
    }

    @Override
    public void close() {
        active.abandon(filling);
    }
}
