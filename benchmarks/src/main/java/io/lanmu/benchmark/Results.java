package io.lanmu.benchmark;

import java.time.Instant;

/**
 * Everything one benchmark run measured, for the report.
 *
 * @param loadBefore the load average when the run started; {@code loadAfter} when it ended
 */
record Results(Settings settings, Instant startedAt, String loadBefore, String loadAfter, Database database,
        Indexing indexing, Searching searching, Footprint footprint) {

    /** What was asked for. */
    record Settings(String engine, int items, int warmUp, int queries, int suggestWarmUp, int suggestions, int clients,
            int bareThreads, int bareBatch, long seed) {

        boolean elasticsearch() {
            return "elasticsearch".equals(engine);
        }
    }

    /** Filling the database, which is not timed as indexing. */
    record Database(long revisions, double seconds) {
    }

    /**
     * @param rebuild Lanmu's own rebuild, end to end
     * @param bareRebuild the engine alone, fed pre-built documents through {@code startRebuild()}, as Lanmu feeds it
     * @param bare the engine alone, fed pre-built documents through {@code index(batch)}
     */
    record Indexing(Rebuild rebuild, Machine.Usage rebuildCpu, BareIndexing.Result bareRebuild,
            Machine.Usage bareRebuildCpu, BareIndexing.Result bare, Machine.Usage bareCpu) {
    }

    /**
     * @param progressRate the rate the rebuild itself reported ({@code IndexRebuild.Progress.ratePerSecond})
     */
    record Rebuild(int items, int documents, double seconds, double progressRate, String state) {

        double itemsPerSecond() {
            return items / seconds;
        }
    }

    /** @param settledSeconds how long the engine kept working (merging) after the rebuild before searches began */
    record Searching(double settledSeconds, SearchRuns.Searches sequential, Machine.Usage sequentialCpu, Latencies concurrent,
            SearchRuns.Suggested suggested) {
    }

    /**
     * @param indexBytes the index on disk: the Lucene folder, or the primaries' store behind the Elasticsearch alias
     * @param heapAtStart this JVM's live heap once the application started, before any item existed
     * @param heapAfterQueries this JVM's live heap after the searches, with the index open
     * @param nodeHeap the Elasticsearch node's heap after the searches, or {@code null} for Lucene
     */
    record Footprint(long indexBytes, long heapAtStart, long heapAfterQueries, ElasticsearchNode.Heap nodeHeap) {
    }
}
