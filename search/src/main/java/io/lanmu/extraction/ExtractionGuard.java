package io.lanmu.extraction;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The limits of one extraction while it runs: its deadline, the bytes its archives may still expand to, and the first
 * reason it was stopped for. The parsing thread asks it at every checkpoint; the waiting caller may stop it when the
 * time is up. Once stopped it stays stopped, so a parser that swallows one {@link ParseStopped} meets the next at its
 * next checkpoint.
 */
final class ExtractionGuard {

    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private final Duration timeout;
    private final AtomicReference<ParseStopped> stopped = new AtomicReference<>();
    private final long maxExpandedBytes;
    private long expandedBytes;
    private volatile boolean started;
    private volatile boolean abandoned;
    private volatile Detection detection;

    private ExtractionGuard(Duration timeout, long maxExpandedBytes) {
        this.timeout = timeout;
        this.deadlineNanos = startNanos + timeout.toNanos();
        this.maxExpandedBytes = maxExpandedBytes;
    }

    static ExtractionGuard startingNow(ExtractionLimits limits) {
        return new ExtractionGuard(limits.timeout(), limits.maxExpandedBytes());
    }

    /** For detection outside an extraction: no deadline worth the name. */
    static ExtractionGuard withoutDeadline(ExtractionLimits limits) {
        return new ExtractionGuard(Duration.ofDays(365), limits.maxExpandedBytes());
    }

    /** Throws if the extraction was stopped or its time is up. */
    void checkpoint() throws ParseStopped {
        ParseStopped stop = stopped.get();
        if (stop != null) {
            throw stop;
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw stop(ParseStopped.Reason.TIMED_OUT, timedOutMessage());
        }
    }

    /**
     * Counts bytes an archive expanded to; throws once all archives of the file together expanded too far. Only the
     * parsing thread counts, so the count needs no synchronisation.
     */
    void expanded(long bytes) throws ParseStopped {
        expandedBytes += bytes;
        if (expandedBytes > maxExpandedBytes) {
            throw stop(ParseStopped.Reason.TOO_COMPLEX,
                    "The file's archives expand to more than %s".formatted(Wording.size(maxExpandedBytes)));
        }
    }

    /** Stops the extraction for a reason, unless it was stopped for another one first; returns the first. */
    ParseStopped stop(ParseStopped.Reason reason, String message) {
        stopped.compareAndSet(null, new ParseStopped(reason, message));
        return stopped.get();
    }

    /** Called by the caller who gave up waiting. */
    void abandon() {
        abandoned = true;
        stop(ParseStopped.Reason.TIMED_OUT, timedOutMessage());
    }

    boolean abandoned() {
        return abandoned;
    }

    ParseStopped stopped() {
        return stopped.get();
    }

    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    void markStarted() {
        started = true;
    }

    boolean started() {
        return started;
    }

    /** The worker tells what it found, so a caller who times out can still say what the file is. */
    void detected(Detection found) {
        detection = found;
    }

    Detection detection() {
        return detection;
    }

    String timedOutMessage() {
        return "Extraction took longer than %s and was stopped".formatted(Wording.duration(timeout));
    }
}
