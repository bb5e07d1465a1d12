package io.lanmu.search.elasticsearch;

import io.lanmu.search.SearchEngine;
import io.lanmu.search.SearchEngineContract;
import org.junit.jupiter.api.BeforeAll;

/** The Elasticsearch engine passes the contract on a real node with the smartcn analyzers. */
class ElasticsearchSearchEngineTest extends SearchEngineContract {

    private static ElasticsearchSearchEngine engine;

    @BeforeAll
    static void engineOnTheTestNode() {
        engine = ElasticsearchEngines.onTestNode("contract");
    }

    @Override
    protected SearchEngine engine() {
        return engine;
    }
}
