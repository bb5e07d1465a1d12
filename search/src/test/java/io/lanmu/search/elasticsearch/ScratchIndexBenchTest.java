package io.lanmu.search.elasticsearch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.lanmu.search.SampleSiteCorpus;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;
import org.junit.jupiter.api.Test;

class ScratchIndexBenchTest {
    @Test
    void bench() throws Exception {
        var engine = ElasticsearchEngines.on(ElasticsearchEngines.templateOn(java.net.URI.create(System.getProperty("scratch.uri"))), "ibench" + System.nanoTime());
        int n = Integer.getInteger("bench.n", 20_000);
        int batch = Integer.getInteger("bench.batch", 500);
        int threads = Integer.getInteger("bench.threads", 1);
        boolean viaRebuild = Boolean.getBoolean("bench.rebuild");
        double attachments = Double.parseDouble(System.getProperty("bench.attachments", "0.1"));
        List<SearchDocument> corpus = SampleSiteCorpus.documents();
        List<List<SearchDocument>> batches = new ArrayList<>();
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SearchDocument s = corpus.get(i % corpus.size());
            Scope scope = i % 2 == 0 ? Scope.PUBLIC : Scope.EDITORIAL;
            docs.add(new SearchDocument(SearchDocument.idOf(scope, i), i, scope, s.title(), s.summary(), s.body(),
                (i % 100) < attachments * 100 ? List.of(new SearchDocument.AttachmentText(i, "附件" + i + ".pdf", s.body())) : List.of(),
                s.columnId() + (i % 7) * 100, s.columnPath(), s.category(), "PUBLISHED", s.tags(),
                s.date().plus(Duration.ofMinutes(i))));
            if (docs.size() == batch) { batches.add(docs); docs = new ArrayList<>(); }
        }
        if (!docs.isEmpty()) batches.add(docs);
        engine.search(io.lanmu.search.SearchQueries.everything().build());
        long t = System.nanoTime();
        SearchEngine.Rebuild rebuild = viaRebuild ? engine.startRebuild() : null;
        var pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (var b : batches) futures.add(pool.submit(() -> { if (rebuild != null) rebuild.index(b); else engine.index(b); }));
        for (var f : futures) f.get();
        if (rebuild != null) { rebuild.complete(); rebuild.close(); }
        double secs = (System.nanoTime() - t) / 1e9;
        System.out.printf("RESULT n=%d batch=%d threads=%d rebuild=%s att=%.2f: %.1f s, %.0f/s%n", n, batch, threads, viaRebuild, attachments, secs, n / secs);
        pool.shutdown();
        engine.deleteAll();
    }
}
