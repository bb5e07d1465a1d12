package io.lanmu.search.indexing;

import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.item.Item;
import io.lanmu.item.Items;
import io.lanmu.item.Revisions;
import io.lanmu.search.EngineAvailability;
import io.lanmu.search.IndexRebuild;
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
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the index from the database while the site stays live: a fresh index is filled beside the
 * current one, which keeps answering searches until the new one is swapped in. Items changed during
 * the rebuild are indexed again after the swap, so nothing is lost to the race.
 */
@Service
public class IndexRebuilds implements IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilds.class);
    private static final int BATCH = 250;
    // Building documents (HTML to text) and Chinese analysis both use CPU: one worker per core.
    private static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Items items;
    private final Revisions revisions;
    private final ColumnTree columns;
    private final ItemDocuments documents;
    private final ItemIndexing indexing;
    private final SearchEngine engine;
    private final EngineAvailability availability;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final AtomicReference<Progress> current = new AtomicReference<>(Progress.idle());

    IndexRebuilds(Items items, Revisions revisions, ColumnTree columns, ItemDocuments documents, ItemIndexing indexing,
            SearchEngine engine, EngineAvailability availability, PlatformTransactionManager transactions, Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.columns = columns;
        this.documents = documents;
        this.indexing = indexing;
        this.engine = engine;
        this.availability = availability;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
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

    @Override
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
            for (List<Item> page = page(afterId); !page.isEmpty(); page = page(afterId)) {
                afterId = page.getLast().getId();
                List<Item> batch = page;
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

    private List<Item> page(long afterId) {
        return readOnly.execute(status -> items.findPageAfter(afterId, Limit.of(BATCH)));
    }

    private List<SearchDocument> documentsOf(List<Item> batch) {
        return readOnly.execute(status -> {
            // The tree as it is now, not as it was at the start: columns may be hidden or moved meanwhile.
            SiteTree site = columns.snapshot();
            var current = revisions.findCurrentOf(batch.stream().map(Item::getId).toList());
            return batch.stream().map(item -> documents.of(item, current, site))
                    .flatMap(java.util.Collection::stream).toList();
        });
    }

    /**
     * Items changed after the rebuild read them would otherwise keep their old documents: those refreshed here
     * meanwhile, and those changed since the start, which covers changes made on other instances.
     */
    private void catchUpChangesSince(Instant startedAt, Set<Long> refreshedMeanwhile) {
        Set<Long> changed = new TreeSet<>(refreshedMeanwhile);
        changed.addAll(items.findIdsUpdatedSince(startedAt.minus(Duration.ofSeconds(5))));
        changed.forEach(indexing::refresh);
    }
}
