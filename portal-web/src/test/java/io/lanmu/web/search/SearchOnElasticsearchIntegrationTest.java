package io.lanmu.web.search;

import io.lanmu.search.elasticsearch.ElasticsearchTestNode;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same scenarios on a real Elasticsearch 9.2 node with the smartcn analyzer, started once for the
 * test run. Each context writes behind an alias of its own.
 */
class SearchOnElasticsearchIntegrationTest extends SearchIntegrationTests {

    private static final String ALIAS = "lanmu-test-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("lanmu.search.engine", () -> "elasticsearch");
        registry.add("spring.elasticsearch.uris", () -> ElasticsearchTestNode.httpUri().toString());
        registry.add("lanmu.search.elasticsearch.alias", () -> ALIAS);
    }
}
