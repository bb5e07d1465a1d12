package io.lanmu.search.elasticsearch;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rebuild running in this engine, if any. Changes made through the engine reach it too, so that swapping it in
 * loses none of them; changes hold a read lock and the swap the write lock, so that no change can land in the old
 * generation after the swap was decided and miss the new one.
 */
final class RebuildSlot {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private ElasticsearchRebuild running;

    /** Runs a change, handing it the running rebuild or null. */
    void change(Consumer<ElasticsearchRebuild> work) {
        lock.readLock().lock();
        try {
            work.accept(running);
        } finally {
            lock.readLock().unlock();
        }
    }

    ElasticsearchRebuild start(Supplier<ElasticsearchRebuild> start) {
        lock.writeLock().lock();
        try {
            if (running != null) {
                throw new IllegalStateException("A rebuild is already running; complete or close it first");
            }
            running = start.get();
            return running;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code swap} with no change in flight, and frees the slot if it succeeds; else the rebuild runs on. */
    void complete(ElasticsearchRebuild rebuild, Runnable swap) {
        lock.writeLock().lock();
        try {
            swap.run();
            free(rebuild);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Frees the slot, then runs {@code discard}: a generation that cannot be deleted now (the cluster is down) is
     * deleted by the next swap, and must not keep the next rebuild from starting.
     */
    void discard(ElasticsearchRebuild rebuild, Runnable discard) {
        lock.writeLock().lock();
        try {
            free(rebuild);
            discard.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void free(ElasticsearchRebuild rebuild) {
        if (running == rebuild) {
            running = null;
        }
    }
}
