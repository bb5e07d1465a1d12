package io.lanmu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void readsPercentilesByNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
        assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100);
        assertThat(Latencies.percentile(new long[] {7}, 99)).isEqualTo(7);
    }

    @Test
    void summarisesInMillisecondsWhateverTheOrderOfRecording() {
        Latencies latencies = new Latencies();
        for (int ms = 2_000; ms >= 1; ms--) {
            latencies.record(TimeUnit.MILLISECONDS.toNanos(ms));
        }
        latencies.wall(TimeUnit.SECONDS.toNanos(4));

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.count()).isEqualTo(2_000);
        assertThat(summary.p50()).isEqualTo(1_000.0);
        assertThat(summary.p99()).isEqualTo(1_980.0);
        assertThat(summary.max()).isEqualTo(2_000.0);
        assertThat(summary.mean()).isEqualTo(1_000.5);
        assertThat(summary.perSecond()).isEqualTo(500.0);
    }

    @Test
    void mergesClientsIntoOneRun() {
        Latencies first = new Latencies();
        Latencies second = new Latencies();
        first.record(1_000_000);
        second.record(3_000_000);

        assertThat(Latencies.merge(first, second).summary().max()).isEqualTo(3.0);
        assertThat(Latencies.merge(first, second).count()).isEqualTo(2);
    }
}
