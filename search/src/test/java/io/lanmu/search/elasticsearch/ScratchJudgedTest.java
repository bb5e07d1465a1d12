package io.lanmu.search.elasticsearch;

import io.lanmu.search.JudgedQueries;
import io.lanmu.search.SampleSiteCorpus;
import io.lanmu.search.SearchQueries;
import org.junit.jupiter.api.Test;

class ScratchJudgedTest {
    @Test
    void judged() {
        var engine = ElasticsearchEngines.on(ElasticsearchEngines.templateOn(java.net.URI.create(System.getProperty("scratch.uri"))), ElasticsearchEngines.uniqueAlias("judged" + System.nanoTime()));
        long t = System.nanoTime();
        engine.index(SampleSiteCorpus.documents());
        System.out.printf("indexed %d in %d ms%n", SampleSiteCorpus.documents().size(), (System.nanoTime() - t) / 1_000_000);
        int ok = 0, n = 0;
        for (var q : JudgedQueries.all()) {
            n++;
            var result = engine.search(SearchQueries.searchFor(q.query()).build());
            int rank = -1;
            for (int i = 0; i < result.hits().size(); i++) if (result.hits().get(i).title().equals(q.expectedTitle())) { rank = i + 1; break; }
            if (rank >= 1 && rank <= 3) ok++;
            System.out.printf("%s %-30s rank=%d total=%d top=%s%n", rank >= 1 && rank <= 3 ? "OK  " : "FAIL", q.query(), rank, result.total(),
                result.hits().stream().limit(3).map(h -> h.title() + "(" + h.score() + ")").toList());
        }
        System.out.printf("%d/%d%n", ok, n);
        engine.deleteAll();
    }
}
