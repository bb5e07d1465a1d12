package io.lanmu.web.search;

import io.lanmu.search.SearchEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class SwitchableSearchEngineConfiguration {

    @Bean
    @Primary
    SwitchableSearchEngine switchableSearchEngine(@Qualifier("searchEngine") SearchEngine engine) {
        return new SwitchableSearchEngine(engine);
    }
}
