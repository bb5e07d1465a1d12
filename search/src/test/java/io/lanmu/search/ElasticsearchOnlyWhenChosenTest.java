package io.lanmu.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ElasticsearchOnlyWhenChosenTest {

    private static final String[] CANDIDATES = {
            "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration",
            "org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"};

    @Test
    void leavesElasticsearchOutOnTheEmbeddedDefault() {
        assertThat(filterWith(new MockEnvironment()).match(CANDIDATES, null)).containsExactly(false, false, true);
    }

    @Test
    void keepsElasticsearchWhenItIsTheChosenEngine() {
        MockEnvironment environment = new MockEnvironment().withProperty("lanmu.search.engine", "elasticsearch");

        assertThat(filterWith(environment).match(CANDIDATES, null)).containsExactly(true, true, true);
    }

    private static ElasticsearchOnlyWhenChosen filterWith(MockEnvironment environment) {
        ElasticsearchOnlyWhenChosen filter = new ElasticsearchOnlyWhenChosen();
        filter.setEnvironment(environment);
        return filter;
    }
}
