package io.lanmu.search;

import io.lanmu.background.BackgroundLane;
import io.lanmu.search.elasticsearch.ElasticsearchIndexOptions;
import io.lanmu.search.elasticsearch.ElasticsearchSearchEngine;
import io.lanmu.search.lucene.LuceneSearchEngine;
import io.lanmu.search.lucene.LuceneSettings;
import io.lanmu.search.query.QueryUnderstanding;
import io.lanmu.shared.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;

/**
 * Chooses the search engine: the embedded Lucene index by default, Elasticsearch when
 * {@code lanmu.search.engine=elasticsearch} (Boot's {@code spring.elasticsearch.*} properties say where).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean
    EngineAvailability engineAvailability(SearchEngine engine, SearchProperties properties) {
        return new EngineAvailability(engine, properties.probeInterval());
    }

    @Bean(SearchLanes.INDEXING)
    BackgroundLane indexingLane(SearchProperties properties, EngineAvailability availability) {
        return BackgroundLane.of("indexing", properties.indexingLane(), availability::isAvailable);
    }

    /** One for both engines, reading the dictionary admins edit at every query (from memory). */
    @Bean
    QueryUnderstanding queryUnderstanding(SearchSynonyms synonyms) {
        return new QueryUnderstanding(synonyms);
    }

    @Bean
    SearchEngine searchEngine(SearchProperties properties, SiteProperties site, QueryUnderstanding understanding,
            ObjectProvider<ElasticsearchTemplate> elasticsearch) {
        return switch (properties.engine()) {
            case LUCENE -> new LuceneSearchEngine(properties.lucene().directory(),
                    new LuceneSettings(properties.lucene().ramBufferMb(), site.timeZone()), understanding);
            case ELASTICSEARCH -> new ElasticsearchSearchEngine(elasticsearch.getObject(),
                    new ElasticsearchIndexOptions(properties.elasticsearch().alias(), properties.elasticsearch().shards(),
                            properties.elasticsearch().replicas(), site.timeZone()), understanding);
        };
    }
}
