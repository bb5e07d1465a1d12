package io.lanmu.web.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Renders an address once when many visitors miss it at the same moment: the first renders it, the others wait for
 * that answer and are served it as a hit. Without this, a kept search page running out or a publication dropping the
 * home page sends every request in flight to render the same page at once, and all of them answer late (the long
 * tails of the search and home pages under load).
 */
@Component
class Renderings {

    /** Far longer than a normal rendering; a stuck one holds the others no longer than this before each renders. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ConcurrentHashMap<String, CompletableFuture<StoredPage>> underWay = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /**
     * Claims the rendering of {@code key}.
     *
     * @return {@code null} when the caller renders it (and must call {@link #finish}), or the rendering already
     *     under way, to {@link #await}
     */
    CompletableFuture<StoredPage> claim(String key, CompletableFuture<StoredPage> mine) {
        return underWay.putIfAbsent(key, mine);
    }

    /** Hands the answer, or {@code null} when it was not kept, to those waiting for it. */
    void finish(String key, CompletableFuture<StoredPage> mine, StoredPage page) {
        underWay.remove(key, mine);
        mine.complete(page);
    }

    /** The answer of a rendering under way, or {@code null} when it was not kept or took too long. */
    StoredPage await(CompletableFuture<StoredPage> rendering) {
        waiting.incrementAndGet();
        try {
            return rendering.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        catch (ExecutionException | TimeoutException e) {
            return null;
        }
        finally {
            waiting.decrementAndGet();
        }
    }

    /** How many requests wait for another's rendering right now. */
    int waiting() {
        return waiting.get();
    }
}
