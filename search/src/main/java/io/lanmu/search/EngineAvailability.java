package io.lanmu.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Whether the search engine answers, as last seen: probed every few seconds on a thread of its own, so
 * that asking never waits. Requests use it to answer 503 at once instead of hanging on an engine that
 * is down or frozen; indexing uses it to fail fast and to wait for the engine before it retries.
 */
public final class EngineAvailability implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EngineAvailability.class);
    /** A probe taking longer than this means the engine hangs: it counts as down until the probe returns. */
    private static final Duration SLOW_PROBE = Duration.ofSeconds(2);

    private final SearchEngine engine;
    private final Duration interval;
    private volatile boolean answered = true;
    private volatile IndexFormat lastFormat;
    private volatile long probeStartedNanos;
    private ScheduledExecutorService probes;

    public EngineAvailability(SearchEngine engine, Duration interval) {
        this.engine = engine;
        this.interval = interval;
    }

    /** Never blocks, never throws. Optimistic until the first probe has answered. */
    public boolean isAvailable() {
        long started = probeStartedNanos;
        return answered && (started == 0 || System.nanoTime() - started < SLOW_PROBE.toNanos());
    }

    /**
     * The index format the last probe read, unknown while the engine does not answer. Never blocks: reading it
     * live would hang the caller on a frozen engine for as long as the client's socket timeout.
     */
    public IndexFormat format() {
        IndexFormat format = lastFormat;
        return format != null && isAvailable() ? format : IndexFormat.unknown(engine.wantedFormat());
    }

    /** The index format was read outside the probe, as a rebuild does once its new index is in use. */
    public void formatRead(IndexFormat format) {
        lastFormat = format;
    }

    /** Throws {@link SearchUnavailable} at once while the engine is known to be down. */
    public void requireAvailable() {
        if (!isAvailable()) {
            throw new SearchUnavailable("The search engine " + engine.name() + " does not answer at the moment", null);
        }
    }

    /** A call to the engine failed: it counts as down until the next probe finds it answering. */
    public void reportUnavailable() {
        answered = false;
    }

    void probe() {
        probeStartedNanos = System.nanoTime();
        boolean now;
        try {
            now = engine.isAvailable();
            if (now) {
                lastFormat = engine.format();
            }
        }
        catch (RuntimeException broken) {
            now = false;
        }
        finally {
            probeStartedNanos = 0;
        }
        if (now != answered) {
            log.info("The search engine {} {}", engine.name(), now ? "answers again" : "does not answer");
        }
        answered = now;
    }

    @Override
    public void start() {
        probes = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "lanmu-search-probe");
            thread.setDaemon(true);
            return thread;
        });
        probes.scheduleWithFixedDelay(this::probe, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        probes.shutdownNow();
        probes = null;
    }

    @Override
    public boolean isRunning() {
        return probes != null;
    }
}
