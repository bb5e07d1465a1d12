package io.lanmu.search;

import java.util.List;

/**
 * Reconciling the index with the database.
 */
public interface IndexCheck {

    Report check();

    /** Fixes what {@link #check()} finds and reports what is left. */
    Report repair();

    /**
     * @param expected how many documents the database says the index should hold
     * @param missingSample and {@code orphanedSample}: some of the ids concerned
     */
    record Report(long expected, long missing, long orphaned, List<String> missingSample,
            List<String> orphanedSample) {

        public boolean consistent() {
            return missing == 0 && orphaned == 0;
        }
    }
}
