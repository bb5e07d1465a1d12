package io.lanmu.search;

import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's Elasticsearch auto-configuration out unless {@code lanmu.search.engine=elasticsearch}. The
 * client is on the class path for sites that choose it, but on the embedded default it would only cost start-up
 * (several hundred classes of the client and its HTTP stack) and report the health of a cluster nobody uses.
 */
class ElasticsearchOnlyWhenChosen implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String ELASTICSEARCH_AUTO_CONFIGURATION = ".elasticsearch.autoconfigure.";

    private boolean elasticsearchChosen;

    @Override
    public void setEnvironment(Environment environment) {
        String engine = environment.getProperty("lanmu.search.engine", SearchProperties.Engine.LUCENE.name());
        elasticsearchChosen = SearchProperties.Engine.ELASTICSEARCH.name().equals(engine.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String name = autoConfigurationClasses[i];
            matches[i] = elasticsearchChosen || name == null || !name.contains(ELASTICSEARCH_AUTO_CONFIGURATION);
        }
        return matches;
    }
}
