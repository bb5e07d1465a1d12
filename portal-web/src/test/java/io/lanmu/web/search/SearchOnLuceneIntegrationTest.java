package io.lanmu.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;

class SearchOnLuceneIntegrationTest extends SearchIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Test
    void startsWithoutTheElasticsearchClientItDoesNotUse() {
        assertThat(context.getBeanNamesForType(ElasticsearchClient.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ElasticsearchTemplate.class)).isEmpty();
    }
}
