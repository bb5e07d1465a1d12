package io.lanmu.search.elasticsearch;

import static io.lanmu.search.SearchDocuments.aPublicDocument;

import java.util.List;

import io.lanmu.search.SearchQueries;
import org.junit.jupiter.api.Test;

class ScratchSpikeTest {
    @Test
    void spike() {
        var engine = ElasticsearchEngines.on(ElasticsearchEngines.templateOn(java.net.URI.create(System.getProperty("scratch.uri"))), ElasticsearchEngines.uniqueAlias("spike" + System.nanoTime()));
        engine.index(List.of(aPublicDocument(1).title("耕地占用税").date("2026-01-31T23:59:59Z").build(),
                aPublicDocument(2).title("耕地占用税").date("2026-02-01T00:00:00Z").build()));
        try {
            System.out.println(engine.search(SearchQueries.everything().to("2026-02-01T00:00:00Z").build()));
        } catch (Exception e) { e.printStackTrace(System.out); }
    }
}
