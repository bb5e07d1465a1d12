package io.lanmu.web.search;

import io.lanmu.search.IndexFormat;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import io.lanmu.search.SearchUnavailable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The real engine behind a switch that can cut it off, as a network failure or a stopped cluster
 * would: every call then fails exactly like a real outage, with {@link SearchUnavailable}. Frozen, it
 * hangs instead, as a node stopped with SIGSTOP does: every call waits until it is thawed.
 */
public class SwitchableSearchEngine implements SearchEngine {

    private final SearchEngine engine;
    private volatile boolean down;
    private volatile CountDownLatch frozen = new CountDownLatch(0);

    public SwitchableSearchEngine(SearchEngine engine) {
        this.engine = engine;
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    public void freeze() {
        frozen = new CountDownLatch(1);
    }

    public void thaw() {
        frozen.countDown();
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public boolean isAvailable() {
        hangWhileFrozen();
        return !down && engine.isAvailable();
    }

    @Override
    public int wantedFormat() {
        return engine.wantedFormat();
    }

    @Override
    public IndexFormat format() {
        hangWhileFrozen();
        IndexFormat format = engine.format();
        return down ? IndexFormat.unknown(format.wanted()) : format;
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        guarded(() -> {
            engine.index(documents);
            return null;
        });
    }

    @Override
    public void deleteItems(Collection<Long> itemIds) {
        guarded(() -> {
            engine.deleteItems(itemIds);
            return null;
        });
    }

    @Override
    public void deleteAll() {
        guarded(() -> {
            engine.deleteAll();
            return null;
        });
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return guarded(() -> engine.search(query));
    }

    @Override
    public List<String> suggest(String prefix, Scope scope, int limit) {
        return guarded(() -> engine.suggest(prefix, scope, limit));
    }

    @Override
    public Set<String> ids(Scope scope) {
        return guarded(() -> engine.ids(scope));
    }

    @Override
    public Rebuild startRebuild() {
        return guarded(engine::startRebuild);
    }

    private <T> T guarded(Supplier<T> call) {
        hangWhileFrozen();
        if (down) {
            throw new SearchUnavailable("Connection refused (simulated outage)", null);
        }
        return call.get();
    }

    private void hangWhileFrozen() {
        try {
            frozen.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
