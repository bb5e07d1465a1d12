package io.lanmu.search;

/**
 * The background lanes of search, by bean name, for {@code @Async}.
 */
public final class SearchLanes {

    /** Index updates; their work waits in the registry while the engine is down. */
    public static final String INDEXING = "indexingLane";

    private SearchLanes() {
    }
}
