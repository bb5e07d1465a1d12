package io.lanmu.search.elasticsearch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.lanmu.search.JudgedQueries;
import io.lanmu.search.SampleSiteCorpus;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchQueries;
import org.junit.jupiter.api.Test;

class ScratchBenchTest {
    @Test
    void bench() {
        var engine = ElasticsearchEngines.on(ElasticsearchEngines.templateOn(java.net.URI.create(System.getProperty("scratch.uri"))), "bench");
        int n = Integer.getInteger("bench.n", 100_000);
        int batch = Integer.getInteger("bench.batch", 500);
        boolean viaRebuild = Boolean.getBoolean("bench.rebuild");
        List<SearchDocument> corpus = SampleSiteCorpus.documents();
        System.out.println("avg body " + corpus.stream().mapToInt(d -> d.body().length()).average().orElse(0));
        if (!Boolean.getBoolean("bench.skipIndex")) {
            engine.deleteAll();
            long t = System.nanoTime();
            var rebuild = viaRebuild ? engine.startRebuild() : null;
            List<SearchDocument> docs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SearchDocument s = corpus.get(i % corpus.size());
                Scope scope = i % 2 == 0 ? Scope.PUBLIC : Scope.EDITORIAL;
                docs.add(new SearchDocument(SearchDocument.idOf(scope, i), i, scope, s.title(), s.summary(), s.body(),
                    i % 10 == 0 ? List.of(new SearchDocument.AttachmentText(i, "附件" + i + ".pdf", s.body())) : List.of(),
                    s.columnId() + (i % 7) * 100, s.columnPath(), s.category(), "PUBLISHED", s.tags(),
                    s.date().plus(Duration.ofMinutes(i))));
                if (docs.size() == batch) {
                    if (rebuild != null) rebuild.index(docs); else engine.index(docs);
                    docs = new ArrayList<>();
                }
            }
            if (!docs.isEmpty()) { if (rebuild != null) rebuild.index(docs); else engine.index(docs); }
            if (rebuild != null) { rebuild.complete(); rebuild.close(); }
            double secs = (System.nanoTime() - t) / 1e9;
            System.out.printf("indexed %d in %.1f s: %.0f/s%n", n, secs, n / secs);
        }
        var queries = JudgedQueries.all();
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (var q : queries) {
                long t = System.nanoTime();
                var r = engine.search(round % 3 == 2 ? SearchQueries.searchFor(q.query()).underColumns(5L).build()
                        : SearchQueries.searchFor(q.query()).build());
                if (round > 0) times.add(System.nanoTime() - t);
            }
            long t = System.nanoTime();
            engine.search(SearchQueries.everything().build());
            if (round > 0) times.add(System.nanoTime() - t);
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("searches %d p50 %.1f ms p90 %.1f p99 %.1f max %.1f%n", sorted.length, sorted[sorted.length / 2] / 1e6,
            sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
        long t = System.nanoTime();
        System.out.println("ids " + engine.ids(Scope.PUBLIC).size() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        var r = engine.search(SearchQueries.searchFor("发票").build());
        System.out.println("发票 total " + r.total() + " facets " + r.facets());
    }
}
