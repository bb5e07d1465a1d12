package io.lanmu.search.lucene;

import static io.lanmu.search.SearchDocuments.aPublicDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.lanmu.search.Scope;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.SearchEngineContract;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded engine passes the contract, and keeps its index across restarts and concurrent use. */
class LuceneSearchEngineTest extends SearchEngineContract {

    @TempDir
    Path directory;

    private LuceneSearchEngine engine;

    @BeforeEach
    void openEngine() {
        engine = new LuceneSearchEngine(directory);
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Override
    protected SearchEngine engine() {
        return engine;
    }

    /** A fresh directory per test is empty already, and the engine opens after this runs. */
    @Override
    protected void emptyEngine() {
    }

    @Test
    void findsItsDocumentsAfterARestart() {
        index(aPublicDocument(1).title("车船税缴纳指南").build());

        restart();

        assertThat(idsFound("车船税")).containsExactly("public-1");
    }

    @Test
    void findsTheRebuiltIndexAfterARestart() {
        index(aPublicDocument(1).title("旧的契税指南").build());
        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(2).title("新的契税指南").build()));
            rebuild.complete();
        }

        restart();

        assertThat(idsFound("契税")).containsExactly("public-2");
        assertThat(generationFolders()).hasSize(1);
    }

    @Test
    void forgetsARebuildCutShortByAShutdown() {
        index(aPublicDocument(1).title("契税指南").build());
        SearchEngine.Rebuild unfinished = engine.startRebuild();
        unfinished.index(List.of(aPublicDocument(2).title("契税问答").build()));

        restart();

        assertThat(idsFound("契税")).containsExactly("public-1");
        assertThat(generationFolders()).hasSize(1);
    }

    @Test
    void keepsChangesMadeDuringARebuild() {
        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(1).title("契税指南").build()));
            index(aPublicDocument(2).title("契税公告").build());
            rebuild.complete();
        }

        assertThat(idsFound("契税")).containsExactlyInAnyOrder("public-1", "public-2");
    }

    @Test
    void runsOneRebuildAtATime() {
        try (SearchEngine.Rebuild first = engine.startRebuild()) {
            assertThatThrownBy(engine::startRebuild).isInstanceOf(IllegalStateException.class);
        }
        engine.startRebuild().close();
    }

    @Test
    void indexesFromSeveralThreadsAtOnceWhileSearching() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> indexing = IntStream.range(0, 2).<Future<?>>mapToObj(thread -> threads.submit(() -> {
                for (int batch = 0; batch < 20; batch++) {
                    int first = thread * 1000 + batch * 10;
                    engine.index(IntStream.range(first, first + 10)
                            .mapToObj(n -> aPublicDocument(n).title("增值税申报第" + n + "号").build()).toList());
                }
            })).toList();
            Future<?> searching = threads.submit(() -> {
                while (indexing.stream().anyMatch(task -> !task.isDone())) {
                    engine.search(SearchQuery.publicSearch("增值税"));
                }
            });
            for (Future<?> task : indexing) {
                task.get();
            }
            searching.get();
        } finally {
            threads.shutdownNow();
        }

        assertThat(engine.ids(Scope.PUBLIC)).hasSize(400);
        assertThat(engine.search(SearchQuery.publicSearch("增值税")).total()).isEqualTo(400);
    }

    @Test
    void refusesWorkOnceClosed() {
        engine.close();

        assertThat(engine.isAvailable()).isFalse();
        assertThatThrownBy(() -> engine.search(SearchQuery.publicSearch("契税"))).isInstanceOf(SearchUnavailable.class);
        assertThatThrownBy(() -> engine.index(List.of(aPublicDocument(1).build())))
                .isInstanceOf(SearchUnavailable.class);
        assertThatThrownBy(() -> engine.ids(Scope.PUBLIC)).isInstanceOf(SearchUnavailable.class);
        assertThatThrownBy(engine::startRebuild).isInstanceOf(SearchUnavailable.class);
    }

    @Test
    void suggestsTitlesForAChineseWordCutShort() {
        index(aPublicDocument(1).title("个人所得税综合所得年度汇算办理指南").build());

        // smartcn reads the unfinished 个人所 as 个人 + 所, but the finished title holds the single word 个人所得税.
        assertThat(engine.suggest("个人所", Scope.PUBLIC, 5)).containsExactly("个人所得税综合所得年度汇算办理指南");
    }

    private void restart() {
        engine.close();
        engine = new LuceneSearchEngine(directory);
    }

    private List<Path> generationFolders() {
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
