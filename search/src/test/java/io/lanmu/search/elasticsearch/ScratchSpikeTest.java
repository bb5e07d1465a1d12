package io.lanmu.search.elasticsearch;

import io.lanmu.search.SearchQueries;
import org.junit.jupiter.api.Test;

class ScratchSpikeTest {
    @Test
    void spike() {
        var template = ElasticsearchEngines.templateOn(java.net.URI.create(System.getProperty("scratch.uri")));
        var analysis = new QueryAnalysis(template, "bench");
        var q = SearchQueries.searchFor(System.getProperty("q", "研发费用加计扣除 哪些费用")).build();
        var hits = template.search(SearchRequests.search(q, analysis.words(q.text())), java.util.Map.class, org.springframework.data.elasticsearch.core.mapping.IndexCoordinates.of("bench"));
        System.out.println("KEYS " + ((java.util.Map<?,?>) hits.getSearchHit(0).getContent()).keySet());
    }
}
