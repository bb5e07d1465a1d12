package io.lanmu.search;

import java.time.Duration;
import java.time.Instant;

/**
 * Rebuilding the whole index from the database, with progress an admin can follow.
 */
public interface IndexRebuild {

    /** Starts a rebuild in the background; refuses while one runs. */
    Progress start();

    Progress progress();

    /**
     * Where a rebuild stands.
     *
     * @param state IDLE, RUNNING, DONE or FAILED
     * @param ratePerSecond items indexed per second so far
     * @param remaining estimated time left, while running
     */
    record Progress(String state, long done, long total, Instant startedAt, Instant finishedAt, double ratePerSecond,
            Duration remaining, String error) {

        public static Progress idle() {
            return new Progress("IDLE", 0, 0, null, null, 0, null, null);
        }

        public static Progress running(long total, Instant startedAt) {
            return new Progress("RUNNING", 0, total, startedAt, null, 0, null, null);
        }

        public boolean isRunning() {
            return "RUNNING".equals(state);
        }

        public Progress plus(long more) {
            return new Progress(state, done + more, total, startedAt, finishedAt, ratePerSecond, remaining, error);
        }

        public Progress finished(Instant at, String failure) {
            return new Progress(failure == null ? "DONE" : "FAILED", done, total, startedAt, at, ratePerSecond, null,
                    failure);
        }

        /** The same progress with its rate and remaining time worked out at {@code now}. */
        public Progress at(Instant now) {
            if (startedAt == null) {
                return this;
            }
            Instant end = finishedAt == null ? now : finishedAt;
            double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
            double rate = done / seconds;
            Duration left = isRunning() && rate > 0 ? Duration.ofSeconds((long) ((total - done) / rate)) : null;
            return new Progress(state, done, total, startedAt, finishedAt, rate, left, error);
        }
    }
}
