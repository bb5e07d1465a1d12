package io.lanmu.search.elasticsearch;

import java.util.Collection;

import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;

/**
 * A new generation being filled beside the one behind the alias. Its documents are not refreshed while it fills,
 * since nobody searches it; {@link #complete()} refreshes it once and swaps it in.
 */
final class ElasticsearchRebuild implements SearchEngine.Rebuild {

    private final IndexGenerations generations;
    private final BulkWriter writer;
    private final String generation;
    private boolean completed;
    private boolean closed;

    ElasticsearchRebuild(IndexGenerations generations, BulkWriter writer, String generation) {
        this.generations = generations;
        this.writer = writer;
        this.generation = generation;
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        checkOpen();
        if (!documents.isEmpty()) {
            guarded("index documents into " + generation, () -> writer.index(generation, false, documents, false));
        }
    }

    @Override
    public void complete() {
        checkOpen();
        guarded("swap in " + generation, () -> {
            generations.refresh(generation);
            generations.swapTo(generation);
        });
        completed = true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!completed) {
            guarded("discard " + generation, () -> generations.delete(generation));
        }
    }

    private void checkOpen() {
        if (closed || completed) {
            throw new IllegalStateException("The rebuild of " + generation + " is already "
                    + (completed ? "complete" : "closed"));
        }
    }

    private void guarded(String what, Runnable work) {
        Guard.call(what, () -> {
            work.run();
            return null;
        }, generations::forgetAlias);
    }
}
