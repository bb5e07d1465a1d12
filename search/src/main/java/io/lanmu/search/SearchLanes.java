package io.lanmu.search;

/**
 * The background lanes of search, by bean name, for {@code @Async}.
 */
public final class SearchLanes {

    /** Index updates; their work waits in the registry while the engine is down. */
    public static final String INDEXING = "indexingLane";
    /** Attachment text extraction: slow work that must not hold up indexing. */
    public static final String EXTRACTION = "extractionLane";

    private SearchLanes() {
    }
}
