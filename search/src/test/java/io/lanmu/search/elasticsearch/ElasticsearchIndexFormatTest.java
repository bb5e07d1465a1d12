package io.lanmu.search.elasticsearch;

import static io.lanmu.search.SearchDocuments.aPublicDocument;
import static io.lanmu.search.SearchQueries.searchFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.List;
import java.util.Map;

import io.lanmu.search.IndexFormat;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;
import org.springframework.data.elasticsearch.core.document.Document;
import org.springframework.data.elasticsearch.core.index.AliasAction;
import org.springframework.data.elasticsearch.core.index.AliasActionParameters;
import org.springframework.data.elasticsearch.core.index.AliasActions;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

/**
 * On the real node: every generation's mapping names the format it is written in, and an index created by an earlier
 * build, whose mapping names none, is found outdated and answers searches until a rebuild swaps in a current one.
 */
class ElasticsearchIndexFormatTest {

    private static final IndexFormat CURRENT = new IndexFormat(IndexDefinition.FORMAT, IndexDefinition.FORMAT);

    private static ElasticsearchTemplate template;
    private String alias;
    private ElasticsearchSearchEngine engine;

    @BeforeAll
    static void connect() {
        template = ElasticsearchEngines.templateOnTestNode();
    }

    @BeforeEach
    void newAlias() {
        alias = ElasticsearchEngines.uniqueAlias("format");
        engine = ElasticsearchEngines.on(template, alias);
    }

    @Test
    void recordsTheFormatInTheMappingOfEveryNewGeneration() {
        engine.index(List.of(aPublicDocument(1).build()));

        Map<String, Object> mapping = template.indexOps(IndexCoordinates.of(alias + "-1")).getMapping();

        assertThat(mapping).extractingByKey("_meta").asInstanceOf(MAP)
                .containsEntry(IndexDefinition.FORMAT_META, IndexDefinition.FORMAT);
        assertThat(engine.format()).isEqualTo(CURRENT);
    }

    @Test
    void answersFromAnIndexOfAnEarlierBuildWhileItIsRebuiltThenFromOneInTheCurrentFormat() {
        createGenerationAsEarlierBuildsDid(alias + "-1");
        engine.index(List.of(aPublicDocument(1).title("旧格式的车船税指南").build()));

        assertThat(engine.format()).isEqualTo(new IndexFormat(0, IndexDefinition.FORMAT));
        assertThat(engine.format().outdated()).isTrue();

        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(2).title("新格式的车船税指南").build()));

            assertThat(idsFound("车船税")).containsExactly("public-1");
            assertThat(engine.format().outdated()).isTrue();
            rebuild.complete();
        }

        assertThat(idsFound("车船税")).containsExactly("public-2");
        assertThat(engine.format()).isEqualTo(CURRENT);
        assertThat(ElasticsearchEngines.on(template, alias).format()).as("as another instance sees it")
                .isEqualTo(CURRENT);
    }

    /** The settings and mapping of today, less the format: all that earlier builds' indices lack. */
    private void createGenerationAsEarlierBuildsDid(String generation) {
        IndexDefinition today = IndexDefinition.of(ElasticsearchIndexOptions.singleNode(alias));
        Document mapping = Document.from(today.mapping());
        mapping.remove("_meta");
        template.indexOps(IndexCoordinates.of(generation)).create(today.settings(), mapping);
        template.indexOps(IndexCoordinates.of(generation)).alias(new AliasActions(new AliasAction.Add(
                AliasActionParameters.builder().withIndices(generation).withAliases(alias).build())));
    }

    private List<String> idsFound(String text) {
        return engine.search(searchFor(text).build()).hits().stream().map(SearchResult.Hit::id).toList();
    }
}
