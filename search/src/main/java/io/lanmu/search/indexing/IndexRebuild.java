package io.lanmu.search.indexing;

import io.lanmu.item.SearchableItems;
import io.lanmu.search.EngineAvailability;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;
import io.lanmu.shared.Conflict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the index from the database while the site stays live: a fresh index is filled beside the
 * current one, which keeps answering searches until the new one is swapped in. Items changed during
 * the rebuild are indexed again after the swap, so nothing is lost to the race.
 */
@Service
@NamedInterface("index-maintenance")
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    private static final int BATCH = 250;
    // Building documents (HTML to text) and Chinese analysis both use CPU: one worker per core.
    private static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final SearchableItems items;
    private final ItemDocuments documents;
    private final ItemIndexing indexing;
    private final SearchEngine engine;
    private final EngineAvailability availability;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final AtomicReference<Progress> current = new AtomicReference<>(Progress.idle());

    IndexRebuild(SearchableItems items, ItemDocuments documents, ItemIndexing indexing, SearchEngine engine,
            EngineAvailability availability, PlatformTransactionManager transactions, Clock clock) {
        this.items = items;
        this.documents = documents;
        this.indexing = indexing;
        this.engine = engine;
        this.availability = availability;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Starts a rebuild in the background; refuses while one runs. */
    public Progress start() {
        Instant startedAt = clock.instant();
        Progress started = Progress.running(items.count(), startedAt);
        Progress before = current.getAndUpdate(now -> now.isRunning() ? now : started);
        if (before.isRunning()) {
            throw new Conflict("rebuild-running", "A rebuild is already running", before.done(), before.total());
        }
        Thread.ofVirtual().name("index-rebuild").start(() -> run(startedAt));
        return started;
    }

    public Progress progress() {
        return current.get().at(clock.instant());
    }

    /** Rebuilds on the calling thread and returns when done; for benchmarks and tests. */
    public Progress runNow() {
        Instant startedAt = clock.instant();
        current.set(Progress.running(items.count(), startedAt));
        run(startedAt);
        return progress();
    }

    private void run(Instant startedAt) {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        indexing.recordRefreshes();
        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            List<Future<?>> pending = new ArrayList<>();
            long afterId = 0;
            for (List<Long> page = page(afterId); !page.isEmpty(); page = page(afterId)) {
                afterId = page.getLast();
                List<Long> batch = page;
                pending.add(workers.submit(() -> {
                    rebuild.index(documentsOf(batch));
                    current.updateAndGet(now -> now.plus(batch.size()));
                }));
                if (pending.size() >= WORKERS * 2) {
                    pending.removeFirst().get();
                }
            }
            for (Future<?> task : pending) {
                task.get();
            }
            rebuild.complete();
            // The status shows the new format as soon as the rebuild shows as done, not at the next probe.
            availability.formatRead(engine.format());
            indexing.forgetWritten();
            catchUpChangesSince(startedAt, indexing.stopRecordingRefreshes());
            current.updateAndGet(now -> now.finished(clock.instant(), null));
            log.info("Search index rebuilt: {} items in {}", current.get().done(),
                    Duration.between(startedAt, clock.instant()));
        }
        catch (Exception e) {
            log.error("The search index rebuild failed; the previous index stays in use", e);
            current.updateAndGet(now -> now.finished(clock.instant(), String.valueOf(e.getMessage())));
        }
        finally {
            indexing.stopRecordingRefreshes();
            workers.shutdownNow();
        }
    }

    private List<Long> page(long afterId) {
        return readOnly.execute(status -> items.idsAfter(afterId, BATCH));
    }

    /** The batch as it is now, in the column tree as it is now: columns may be hidden or moved meanwhile. */
    private List<SearchDocument> documentsOf(List<Long> batch) {
        return readOnly.execute(status -> items.findAll(batch).stream().map(documents::of)
                .flatMap(java.util.Collection::stream).toList());
    }

    /**
     * Items changed after the rebuild read them would otherwise keep their old documents: those refreshed here
     * meanwhile, and those changed since the start, which covers changes made on other instances.
     */
    private void catchUpChangesSince(Instant startedAt, Set<Long> refreshedMeanwhile) {
        Set<Long> changed = new TreeSet<>(refreshedMeanwhile);
        changed.addAll(items.idsChangedSince(startedAt.minus(Duration.ofSeconds(5))));
        changed.forEach(indexing::refresh);
    }

    /**
     * Where a rebuild stands.
     *
     * @param state IDLE, RUNNING, DONE or FAILED
     * @param ratePerSecond items indexed per second so far
     * @param remaining estimated time left, while running
     */
    public record Progress(String state, long done, long total, Instant startedAt, Instant finishedAt, double ratePerSecond,
            Duration remaining, String error) {

        public static Progress idle() {
            return new Progress("IDLE", 0, 0, null, null, 0, null, null);
        }

        public static Progress running(long total, Instant startedAt) {
            return new Progress("RUNNING", 0, total, startedAt, null, 0, null, null);
        }

        public boolean isRunning() {
            return "RUNNING".equals(state);
        }

        public Progress plus(long more) {
            return new Progress(state, done + more, total, startedAt, finishedAt, ratePerSecond, remaining, error);
        }

        public Progress finished(Instant at, String failure) {
            return new Progress(failure == null ? "DONE" : "FAILED", done, total, startedAt, at, ratePerSecond, null,
                    failure);
        }

        /** The same progress with its rate and remaining time worked out at {@code now}. */
        public Progress at(Instant now) {
            if (startedAt == null) {
                return this;
            }
            Instant end = finishedAt == null ? now : finishedAt;
            double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
            double rate = done / seconds;
            Duration left = isRunning() && rate > 0 ? Duration.ofSeconds((long) ((total - done) / rate)) : null;
            return new Progress(state, done, total, startedAt, finishedAt, rate, left, error);
        }
    }
}
