package io.lanmu.search.lucene;

import static io.lanmu.search.SearchDocuments.aPublicDocument;
import static io.lanmu.search.SearchQueries.searchFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import io.lanmu.search.IndexFormat;
import io.lanmu.search.SearchEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded engine records the format of each index it writes and tells an outdated one apart. */
class LuceneIndexFormatTest {

    private static final IndexFormat CURRENT = new IndexFormat(DocumentMapper.FORMAT, DocumentMapper.FORMAT);

    @TempDir
    Path directory;

    private LuceneSearchEngine engine;

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void writesANewIndexInTheCurrentFormat() {
        engine = new LuceneSearchEngine(directory);
        engine.index(List.of(aPublicDocument(1).build()));

        restart();

        assertThat(engine.format()).isEqualTo(CURRENT);
        assertThat(engine.format().outdated()).isFalse();
    }

    @Test
    void findsAnIndexWrittenBeforeFormatsWereRecordedOutdated() {
        OlderLuceneIndex.write(directory, 0, List.of(aPublicDocument(1).build()));

        engine = new LuceneSearchEngine(directory);

        assertThat(engine.format()).isEqualTo(new IndexFormat(0, DocumentMapper.FORMAT));
        assertThat(engine.format().outdated()).isTrue();
    }

    @Test
    void leavesAnIndexOfANewerBuildAlone() {
        OlderLuceneIndex.write(directory, DocumentMapper.FORMAT + 1, List.of(aPublicDocument(1).build()));

        engine = new LuceneSearchEngine(directory);

        assertThat(engine.format().current()).isEqualTo(DocumentMapper.FORMAT + 1);
        assertThat(engine.format().outdated()).isFalse();
    }

    @Test
    void keepsAnOutdatedIndexOutdatedWhateverThisBuildWritesIntoIt() {
        OlderLuceneIndex.write(directory, 0, List.of(aPublicDocument(1).build()));
        engine = new LuceneSearchEngine(directory);

        engine.index(List.of(aPublicDocument(2).build()));
        engine.deleteItems(List.of(1L));
        restart();

        assertThat(engine.format().current()).isZero();
    }

    @Test
    void answersFromTheOutdatedIndexWhileItIsRebuiltThenFromOneInTheCurrentFormat() {
        OlderLuceneIndex.write(directory, 0, List.of(aPublicDocument(1).title("旧格式的车船税指南").build()));
        engine = new LuceneSearchEngine(directory);

        try (SearchEngine.Rebuild rebuild = engine.startRebuild()) {
            rebuild.index(List.of(aPublicDocument(2).title("新格式的车船税指南").build()));

            assertThat(idsFound("车船税")).containsExactly("public-1");
            assertThat(engine.format().outdated()).isTrue();
            rebuild.complete();
        }

        assertThat(idsFound("车船税")).containsExactly("public-2");
        assertThat(engine.format()).isEqualTo(CURRENT);
        restart();
        assertThat(engine.format()).isEqualTo(CURRENT);
    }

    @Test
    void knowsNoFormatOnceClosed() {
        engine = new LuceneSearchEngine(directory);

        engine.close();

        assertThat(engine.format()).isEqualTo(IndexFormat.unknown(DocumentMapper.FORMAT));
    }

    private List<String> idsFound(String text) {
        return engine.search(searchFor(text).build()).hits().stream().map(hit -> hit.id()).toList();
    }

    private void restart() {
        engine.close();
        engine = new LuceneSearchEngine(directory);
    }
}
