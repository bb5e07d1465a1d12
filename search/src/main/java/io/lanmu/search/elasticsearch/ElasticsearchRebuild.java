package io.lanmu.search.elasticsearch;

import java.util.Collection;

import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;

/**
 * A new generation being filled beside the one behind the alias. Nothing is refreshed while it fills, since nobody
 * searches it; {@link #complete()} refreshes it once, merges it into one segment and swaps it in. Changes made through
 * the engine meanwhile reach it too (see {@link RebuildSlot}). Thread-safe: batches may be indexed in parallel.
 */
final class ElasticsearchRebuild implements SearchEngine.Rebuild {

    private final IndexGenerations generations;
    private final BulkWriter writer;
    private final Ids ids;
    private final RebuildSlot slot;
    private final String generation;
    private volatile boolean finished;

    ElasticsearchRebuild(IndexGenerations generations, BulkWriter writer, Ids ids, RebuildSlot slot,
            String generation) {
        this.generations = generations;
        this.writer = writer;
        this.ids = ids;
        this.slot = slot;
        this.generation = generation;
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        checkRunning();
        if (!documents.isEmpty()) {
            guarded("index documents into " + generation, () -> writer.index(generation, documents, false));
        }
    }

    @Override
    public void complete() {
        checkRunning();
        // Merged before the swap takes the lock, so that changes through the engine need not wait for the merge.
        guarded("merge " + generation, () -> {
            generations.refresh(generation);
            generations.compact(generation);
        });
        guarded("swap in " + generation, () -> slot.complete(this, () -> {
            // Changes mirrored during the merge become visible too.
            generations.refresh(generation);
            generations.swapTo(generation);
            finished = true;
        }));
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            guarded("discard " + generation, () -> slot.discard(this, () -> generations.discard(generation)));
        }
    }

    String generation() {
        return generation;
    }

    /** A change made through the engine: the documents as they are now. */
    void mirrorIndex(Collection<SearchDocument> documents) {
        writer.replace(generation, documents, false);
    }

    void mirrorDeleteItems(Collection<Long> itemIds) {
        writer.deleteItems(generation, itemIds, false);
    }

    /** Removes everything fed so far, as a full delete through the engine asks. */
    void mirrorDeleteAll() {
        generations.refresh(generation);
        writer.delete(generation, ids.in(generation, null));
    }

    private void checkRunning() {
        if (finished) {
            throw new IllegalStateException("The rebuild of " + generation + " was already completed or closed");
        }
    }

    private void guarded(String what, Runnable work) {
        Guard.call(what, () -> {
            work.run();
            return null;
        }, generations::forgetAlias);
    }
}
