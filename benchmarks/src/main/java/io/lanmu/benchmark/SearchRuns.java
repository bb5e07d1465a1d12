package io.lanmu.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.lanmu.search.ItemSearch;
import io.lanmu.search.SearchResult;

/**
 * Times visitors' searches and suggestions through {@link ItemSearch}, what the public API calls: first page of ten,
 * with facets and highlights, as {@code GET /api/v1/search} asks; eight suggestions, as {@code GET /api/v1/suggest}
 * asks by default. Warm-up calls come first and are not counted.
 */
final class SearchRuns {

    static final int PAGE_SIZE = 10;
    static final int SUGGESTIONS = 8;

    /** A run of searches: all latencies, by kind of words and by narrowing, and how many found nothing. */
    record Searches(Latencies all, Map<String, Latencies> byWords, Map<String, Latencies> byNarrowing, int empty,
            double meanTotal) {
    }

    /** A run of suggestions and how many prefixes got none. */
    record Suggested(Latencies latencies, int empty) {
    }

    private final ItemSearch search;

    SearchRuns(ItemSearch search) {
        this.search = search;
    }

    /** One client, one search at a time. */
    Searches sequential(List<QueryMix.Search> warmUp, List<QueryMix.Search> measured) {
        warmUp.forEach(this::run);
        Latencies all = new Latencies();
        Map<String, Latencies> byWords = new TreeMap<>();
        Map<String, Latencies> byNarrowing = new TreeMap<>();
        int empty = 0;
        long totals = 0;
        long started = System.nanoTime();
        for (QueryMix.Search query : measured) {
            long before = System.nanoTime();
            SearchResult result = run(query);
            long elapsed = System.nanoTime() - before;
            all.record(elapsed);
            byWords.computeIfAbsent(query.words(), kind -> new Latencies()).record(elapsed);
            byNarrowing.computeIfAbsent(query.narrowing(), kind -> new Latencies()).record(elapsed);
            empty += result.total() == 0 ? 1 : 0;
            totals += result.total();
        }
        all.wall(System.nanoTime() - started);
        return new Searches(all, byWords, byNarrowing, empty, (double) totals / measured.size());
    }

    /** {@code clients} clients at once, each going through all of {@code measured} from its own starting point. */
    Latencies concurrent(List<QueryMix.Search> measured, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Latencies>> runs = new ArrayList<>();
            long started = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int offset = c * measured.size() / clients;
                runs.add(pool.submit(() -> {
                    Latencies latencies = new Latencies();
                    for (int i = 0; i < measured.size(); i++) {
                        long before = System.nanoTime();
                        run(measured.get((offset + i) % measured.size()));
                        latencies.record(System.nanoTime() - before);
                    }
                    return latencies;
                }));
            }
            List<Latencies> parts = new ArrayList<>();
            for (Future<Latencies> run : runs) {
                parts.add(run.get());
            }
            Latencies all = Latencies.merge(parts.toArray(Latencies[]::new));
            all.wall(System.nanoTime() - started);
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    Suggested suggestions(List<String> warmUp, List<String> measured) {
        warmUp.forEach(prefix -> search.suggest(prefix, SUGGESTIONS));
        Latencies latencies = new Latencies();
        int empty = 0;
        long started = System.nanoTime();
        for (String prefix : measured) {
            long before = System.nanoTime();
            List<String> titles = search.suggest(prefix, SUGGESTIONS);
            latencies.record(System.nanoTime() - before);
            empty += titles.isEmpty() ? 1 : 0;
        }
        latencies.wall(System.nanoTime() - started);
        return new Suggested(latencies, empty);
    }

    private SearchResult run(QueryMix.Search query) {
        return search.searchPublished(query.filter(), 0, PAGE_SIZE);
    }
}
