package io.lanmu.search.elasticsearch;

import static io.lanmu.search.SearchDocuments.aPublicDocument;
import static io.lanmu.search.SearchQueries.everything;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lanmu.search.Scope;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;
import org.springframework.data.elasticsearch.core.index.AliasAction;
import org.springframework.data.elasticsearch.core.index.AliasActionParameters;
import org.springframework.data.elasticsearch.core.index.AliasActions;
import org.springframework.data.elasticsearch.core.index.AliasData;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

/**
 * The numbered indices behind the alias on the real node: created lazily, swapped atomically by rebuilds and full
 * deletes, and cleaned up after.
 */
class ElasticsearchIndexGenerationsTest {

    private static ElasticsearchTemplate template;
    private String alias;
    private ElasticsearchSearchEngine engine;

    @BeforeAll
    static void connect() {
        template = ElasticsearchEngines.templateOnTestNode();
    }

    @BeforeEach
    void newAlias() {
        alias = ElasticsearchEngines.uniqueAlias("generations");
        engine = ElasticsearchEngines.on(template, alias);
    }

    @Test
    void createsNoIndexUntilFirstUsed() {
        assertThat(generations()).isEmpty();

        engine.search(everything().build());

        assertThat(generations()).containsOnlyKeys(alias + "-1");
        assertThat(aliasTargets()).containsExactly(alias + "-1");
    }

    @Test
    void createsGenerationsWithTheSmartcnMappingOfTheResources() {
        engine.search(everything().build());

        Map<String, Object> mapping = template.indexOps(IndexCoordinates.of(alias + "-1")).getMapping();

        assertThat(mapping).containsEntry("dynamic", "strict");
        assertThat(mapping).extractingByKey("properties").asInstanceOf(MAP)
                .containsEntry("id", Map.of("type", "keyword"))
                .extractingByKey("title").asInstanceOf(MAP).containsEntry("analyzer", "lanmu_chinese");
    }

    @Test
    void searchesDuringRebuildFindTheCurrentDocuments() {
        engine.index(List.of(aPublicDocument(1).title("旧文档").build()));

        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(2).title("新文档").build()));

            assertThat(ids(engine.search(everything().build()))).containsExactly("public-1");
            rebuild.complete();
        }

        assertThat(ids(engine.search(everything().build()))).containsExactly("public-2");
    }

    @Test
    void completedRebuildReplacesAndDeletesThePreviousGeneration() {
        engine.index(List.of(aPublicDocument(1).build()));

        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(2).build()));
            assertThat(generations()).containsOnlyKeys(alias + "-1", alias + "-2");
            rebuild.complete();
        }

        assertThat(generations()).containsOnlyKeys(alias + "-2");
        assertThat(aliasTargets()).containsExactly(alias + "-2");
    }

    @Test
    void rebuildClosedWithoutCompletingIsDiscarded() {
        engine.index(List.of(aPublicDocument(1).build()));

        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(2).build()));
        }

        assertThat(generations()).containsOnlyKeys(alias + "-1");
        assertThat(ids(engine.search(everything().build()))).containsExactly("public-1");
    }

    @Test
    void rebuildCompletesBeforeTheFirstIndexExists() {
        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(1).build()));
            rebuild.complete();
        }

        assertThat(generations()).containsOnlyKeys(alias + "-2");
        assertThat(aliasTargets()).containsExactly(alias + "-2");
        assertThat(ids(engine.search(everything().build()))).containsExactly("public-1");
    }

    @Test
    void aSearchWhileTheVeryFirstRebuildRunsLeavesTheRebuildItsIndex() {
        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            assertThat(ids(engine.search(everything().build()))).isEmpty();
            rebuild.index(List.of(aPublicDocument(1).title("契税").build()));
            rebuild.complete();
        }

        // Found by a Chinese word: the generation swapped in has the smartcn mapping, not one Elasticsearch guessed.
        assertThat(ids(engine.search(SearchQuery.publicSearch("契税")))).containsExactly("public-1");
    }

    @Test
    void closingARebuildWhoseSwapReachedTheClusterKeepsTheLiveIndex() {
        engine.index(List.of(aPublicDocument(1).build()));
        SearchEngine.Rebuild rebuild = engine.startRebuild();
        rebuild.index(List.of(aPublicDocument(2).build()));
        template.indexOps(IndexCoordinates.of(alias + "-2")).refresh();

        // The swap was applied but its answer never arrived, so the rebuild does not know it completed.
        template.indexOps(IndexCoordinates.of(alias + "-2")).alias(new AliasActions(
                new AliasAction.Remove(AliasActionParameters.builder().withIndices(alias + "-1").withAliases(alias)
                        .build()),
                new AliasAction.Add(AliasActionParameters.builder().withIndices(alias + "-2").withAliases(alias)
                        .build())));
        rebuild.close();

        assertThat(aliasTargets()).containsExactly(alias + "-2");
        assertThat(ids(engine.search(everything().build()))).containsExactly("public-2");
    }

    @Test
    void changesMadeDuringARebuildSurviveTheSwap() {
        engine.index(List.of(aPublicDocument(1).title("旧文档").build(), aPublicDocument(2).build()));

        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(1).title("旧文档").build(), aPublicDocument(2).build()));
            engine.index(List.of(aPublicDocument(3).title("重建期间新增").build()));
            engine.deleteItems(List.of(2L));
            rebuild.complete();
        }

        assertThat(engine.ids(Scope.PUBLIC)).containsExactlyInAnyOrder("public-1", "public-3");
    }

    @Test
    void deleteAllDuringARebuildEmptiesTheNewGenerationToo() {
        engine.index(List.of(aPublicDocument(1).build()));

        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(1).build(), aPublicDocument(2).build()));
            engine.deleteAll();
            rebuild.index(List.of(aPublicDocument(3).build()));
            rebuild.complete();
        }

        assertThat(engine.ids(Scope.PUBLIC)).containsExactly("public-3");
        assertThat(aliasTargets()).containsExactly(alias + "-2");
        assertThat(generations()).containsOnlyKeys(alias + "-2");
    }

    @Test
    void runsOneRebuildAtATime() {
        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            assertThatThrownBy(engine::startRebuild).isInstanceOf(IllegalStateException.class);
        }

        try (SearchEngine.Rebuild next = engine.startRebuild()) {
            next.complete();
        }
    }

    @Test
    void deleteAllSwapsInAnEmptyGeneration() {
        engine.index(List.of(aPublicDocument(1).build(), aPublicDocument(2).build()));

        engine.deleteAll();

        assertThat(engine.search(everything().build()).total()).isZero();
        assertThat(generations()).containsOnlyKeys(alias + "-2");
        assertThat(aliasTargets()).containsExactly(alias + "-2");
    }

    @Test
    void recreatesTheIndexWhenItWasDeletedFromOutside() {
        engine.index(List.of(aPublicDocument(1).build()));
        template.indexOps(IndexCoordinates.of(alias + "-1")).delete();

        engine.index(List.of(aPublicDocument(2).build()));

        assertThat(ids(engine.search(everything().build()))).containsExactly("public-2");
        // The writes went through a new first generation, not into an index the cluster created under the alias's
        // name: then there could be no alias of that name.
        assertThat(aliasTargets()).containsExactly(alias + "-1");
    }

    @Test
    void anotherEngineOnTheSameAliasSharesTheIndex() {
        engine.index(List.of(aPublicDocument(1).build()));

        ElasticsearchSearchEngine other = ElasticsearchEngines.on(template, alias);

        assertThat(ids(other.search(everything().build()))).containsExactly("public-1");
        assertThat(generations()).hasSize(1);
    }

    private Map<String, Set<AliasData>> generations() {
        return template.indexOps(IndexCoordinates.of(alias)).getAliasesForIndex(alias + "-*");
    }

    private Set<String> aliasTargets() {
        return generations().entrySet().stream()
                .filter(each -> each.getValue().stream().anyMatch(data -> data.getAlias().equals(alias)))
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::id).toList();
    }
}
