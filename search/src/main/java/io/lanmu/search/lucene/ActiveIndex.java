package io.lanmu.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchUnavailable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The index searches use now and, during a rebuild, the one being filled beside it. Searches and changes share a read
 * lock; swapping in a rebuilt index and closing take the write lock, so no search ever sees an index being closed.
 * Turns every failure into {@link SearchUnavailable}.
 */
final class ActiveIndex implements Closeable {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final IndexGenerations generations;
    private final Analyzer analyzer;
    private final LuceneSettings settings;
    private LuceneIndex active;
    private LuceneIndex filling;
    private boolean closed;

    private ActiveIndex(IndexGenerations generations, Analyzer analyzer, LuceneSettings settings, LuceneIndex active) {
        this.generations = generations;
        this.analyzer = analyzer;
        this.settings = settings;
        this.active = active;
    }

    static ActiveIndex open(Path directory, Analyzer analyzer, LuceneSettings settings) {
        try {
            IndexGenerations generations = IndexGenerations.in(directory);
            Path activePath = generations.active();
            generations.deleteAllBut(activePath);
            return new ActiveIndex(generations, analyzer, settings, LuceneIndex.open(activePath, analyzer, settings));
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailable("Cannot open the Lucene index in " + directory, e);
        }
    }

    <T> T read(IndexWork<T> work) {
        lock.readLock().lock();
        try {
            ensureOpen();
            return work.apply(active);
        } catch (IOException | AlreadyClosedException e) {
            throw unavailable(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Applies a change to the active index and to the one being rebuilt, so a swap never loses a change. */
    void change(IndexChange change) {
        lock.readLock().lock();
        try {
            ensureOpen();
            change.apply(active);
            if (filling != null) {
                change.apply(filling);
            }
        } catch (IOException | AlreadyClosedException e) {
            throw unavailable(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    LuceneIndex startFilling() {
        lock.writeLock().lock();
        try {
            ensureOpen();
            if (filling != null) {
                throw new IllegalStateException("A rebuild is already running; complete or close it first");
            }
            filling = LuceneIndex.open(generations.next(), analyzer, settings);
            return filling;
        } catch (IOException e) {
            throw unavailable(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    void fill(LuceneIndex index, Collection<SearchDocument> documents) {
        lock.readLock().lock();
        try {
            ensureFilling(index);
            index.add(documents);
        } catch (IOException | AlreadyClosedException e) {
            throw unavailable(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Makes the filled index the active one and deletes the old. The pointer moves only once the new index is
     * committed, so a crash leaves one complete index active, the old or the new.
     */
    void promote(LuceneIndex index) {
        lock.writeLock().lock();
        try {
            ensureFilling(index);
            index.commitAndRefresh();
            generations.activate(index.path());
            LuceneIndex previous = active;
            active = index;
            filling = null;
            previous.abandon();
            IndexGenerations.delete(previous.path());
        } catch (IOException | AlreadyClosedException e) {
            throw unavailable(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Throws away an index being filled; does nothing once it was promoted or abandoned. */
    void abandon(LuceneIndex index) {
        lock.writeLock().lock();
        try {
            if (filling == index) {
                filling = null;
                discard(index);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The format of the index searches use now; a rebuild swaps in one of the current format. */
    int format() {
        lock.readLock().lock();
        try {
            ensureOpen();
            return active.format();
        } finally {
            lock.readLock().unlock();
        }
    }

    boolean isHealthy() {
        lock.readLock().lock();
        try {
            return !closed && active.isHealthy();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (filling != null) {
                discard(filling);
                filling = null;
            }
            active.close();
        } catch (IOException e) {
            throw unavailable(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void discard(LuceneIndex index) {
        try {
            index.abandon();
            IndexGenerations.delete(index.path());
        } catch (IOException e) {
            // Left on disk, the folder is deleted at the next start; the active index is unaffected.
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new SearchUnavailable("The Lucene search engine is closed", null);
        }
    }

    private void ensureFilling(LuceneIndex index) {
        ensureOpen();
        if (filling != index) {
            throw new IllegalStateException("This rebuild was already completed or closed");
        }
    }

    private static SearchUnavailable unavailable(Exception cause) {
        return new SearchUnavailable("The Lucene index failed: " + cause.getMessage(), cause);
    }

    @FunctionalInterface
    interface IndexWork<T> {
        T apply(LuceneIndex index) throws IOException;
    }

    @FunctionalInterface
    interface IndexChange {
        void apply(LuceneIndex index) throws IOException;
    }
}
