package io.lanmu.search.elasticsearch;

import static io.lanmu.search.SearchDocuments.aPublicDocument;
import static io.lanmu.search.SearchQueries.searchFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;

import io.lanmu.search.IndexFormat;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchUnavailable;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An engine pointed at a port where nothing listens, as when the cluster is down: the application must keep running,
 * so construction does nothing, {@code isAvailable} says no, and every other call fails fast with SearchUnavailable.
 */
class ElasticsearchUnreachableTest {

    private static ElasticsearchSearchEngine engine;

    @BeforeAll
    static void engineOnAClosedPort() throws IOException {
        engine = ElasticsearchEngines.on(ElasticsearchEngines.templateOn(closedPort()), "unreachable");
    }

    @Test
    void isNotAvailable() {
        assertThat(engine.isAvailable()).isFalse();
    }

    @Test
    void knowsNoIndexFormatWithoutFailing() {
        assertThat(engine.format()).isEqualTo(IndexFormat.unknown(IndexDefinition.FORMAT));
    }

    @Test
    void searchFailsPromptly() {
        assertUnavailable(() -> engine.search(searchFor("发票").build()));
    }

    @Test
    void indexFailsPromptly() {
        assertUnavailable(() -> engine.index(List.of(aPublicDocument(1).build())));
    }

    @Test
    void deleteFailsPromptly() {
        assertUnavailable(() -> engine.deleteItems(List.of(1L)));
    }

    @Test
    void deleteAllFailsPromptly() {
        assertUnavailable(engine::deleteAll);
    }

    @Test
    void suggestFailsPromptly() {
        assertUnavailable(() -> engine.suggest("发票", Scope.PUBLIC, 5));
    }

    @Test
    void idsFailsPromptly() {
        assertUnavailable(() -> engine.ids(Scope.PUBLIC));
    }

    @Test
    void startRebuildFailsPromptly() {
        assertUnavailable(engine::startRebuild);
    }

    /**
     * Fails with the refused connection itself, not a timeout: the call did not wait for anything (what a wait would
     * cost belongs in the benchmarks, not in a threshold here).
     */
    private static void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(SearchUnavailable.class).hasMessageContaining("Elasticsearch")
                .hasRootCauseInstanceOf(ConnectException.class);
    }

    /** A port that was free a moment ago: nothing listens there, so connections are refused at once. */
    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
