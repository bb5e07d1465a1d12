package io.lanmu.benchmark;

import java.util.Arrays;

/**
 * Every latency of a run, kept whole: percentiles are read from the sorted samples (nearest rank), not estimated.
 * Not thread-safe; each client records its own and {@link #merge} joins them.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private long wallNanos;

    void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    /** The time the whole run took, for the throughput. */
    void wall(long elapsedNanos) {
        this.wallNanos = elapsedNanos;
    }

    static Latencies merge(Latencies... parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.count; i++) {
                all.record(part.nanos[i]);
            }
            all.wallNanos = Math.max(all.wallNanos, part.wallNanos);
        }
        return all;
    }

    int count() {
        return count;
    }

    Summary summary() {
        if (count == 0) {
            throw new IllegalStateException("No latency was recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        double perSecond = wallNanos > 0 ? count / (wallNanos / 1e9) : 0;
        return new Summary(count, millis(percentile(sorted, 50)), millis(percentile(sorted, 90)),
                millis(percentile(sorted, 99)), millis(sorted[count - 1]), mean / 1e6, perSecond);
    }

    /** The smallest sample with at least {@code percent} % of the samples at or below it (nearest rank). */
    static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /**
     * @param perSecond completed calls per second of wall time (all clients together)
     */
    record Summary(int count, double p50, double p90, double p99, double max, double mean, double perSecond) {
    }
}
