package io.lanmu.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import io.lanmu.item.HtmlSanitizer;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;

/**
 * The engine alone: documents built beforehand (the ones Lanmu's indexer builds for the same items) are handed to the
 * engine from a few threads, a batch of items at a time, so that the indexer's share of a rebuild shows by comparison.
 */
final class BareIndexing {

    /** @param documents how many documents the items made (an item has one or two) */
    record Result(int items, int documents, double seconds) {

        double itemsPerSecond() {
            return items / seconds;
        }

        double documentsPerSecond() {
            return documents / seconds;
        }
    }

    private final ItemGenerator generator;
    private final SiteColumns columns;
    private final HtmlSanitizer html = new HtmlSanitizer();

    BareIndexing(ItemGenerator generator, SiteColumns columns) {
        this.generator = generator;
        this.columns = columns;
    }

    /** The documents of items 1..n, in batches of {@code batchSize} items. */
    List<List<SearchDocument>> prepare(int n, int batchSize) {
        List<long[]> ids = ItemGenerator.batches(n, batchSize);
        return IntStream.range(0, ids.size()).parallel().mapToObj(i -> documentsOf(ids.get(i))).toList();
    }

    /**
     * Times {@link SearchEngine#index} of every batch from {@code threads} threads, each taking the next batch: every
     * batch is durable and searchable when its call returns.
     */
    Result index(SearchEngine engine, List<List<SearchDocument>> batches, int threads) throws Exception {
        long started = System.nanoTime();
        feed(batches, threads, engine::index);
        return result(batches, started);
    }

    /**
     * Times a rebuild fed the batches from {@code threads} threads, as Lanmu's rebuild feeds it, up to and including
     * {@link SearchEngine.Rebuild#complete()}: nothing is made durable or searchable before the end.
     */
    Result rebuild(SearchEngine engine, List<List<SearchDocument>> batches, int threads) throws Exception {
        long started = System.nanoTime();
        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            feed(batches, threads, rebuild::index);
            rebuild.complete();
        }
        return result(batches, started);
    }

    private static void feed(List<List<SearchDocument>> batches, int threads, Consumer<List<SearchDocument>> indexer)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    for (int b = next.getAndIncrement(); b < batches.size(); b = next.getAndIncrement()) {
                        indexer.accept(batches.get(b));
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result result(List<List<SearchDocument>> batches, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        int items = batches.stream().mapToInt(batch -> (int) batch.stream().mapToLong(SearchDocument::itemId).distinct()
                .count()).sum();
        return new Result(items, batches.stream().mapToInt(List::size).sum(), seconds);
    }

    private List<SearchDocument> documentsOf(long[] ids) {
        List<SearchDocument> documents = new ArrayList<>(ids.length * 2);
        for (long id : ids) {
            GeneratedItem item = generator.item(id);
            List<SearchDocument.AttachmentText> attachments = item.attachment() == null ? List.of()
                    : List.of(new SearchDocument.AttachmentText(item.attachment().id(), item.attachment().fileName(),
                            item.attachment().text()));
            SearchDocument editorial = document(Scope.EDITORIAL, item, item.latest(), attachments, item.updatedAt());
            SearchDocument visible = item.live() != null && columns.get(item.columnId()).visible()
                    ? document(Scope.PUBLIC, item, item.live(), attachments, item.publishedAt()) : null;
            documents.addAll(SearchDocument.ofItem(editorial, visible));
        }
        return documents;
    }

    private SearchDocument document(Scope scope, GeneratedItem item, GeneratedItem.Content content,
            List<SearchDocument.AttachmentText> attachments, java.time.Instant date) {
        return new SearchDocument(item.id(), scope, content.title(),
                content.summary(), html.textOf(content.bodyHtml()), attachments, item.columnId(),
                columns.pathOf(item.columnId()), item.category().name(), item.status().name(), content.tags(), date);
    }
}
