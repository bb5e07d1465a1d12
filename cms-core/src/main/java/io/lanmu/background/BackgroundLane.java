package io.lanmu.background;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;

/**
 * A lane of background work: a few threads and a bounded queue. Listeners name their lane with
 * {@code @Async(<bean name of the lane>)}; work of one kind (slow text extraction, say) then never
 * holds up work of another (indexing).
 *
 * <p>Handing work to a lane never blocks. When the queue is full the work is refused: the event it
 * came from stays incomplete in the publication registry and {@link EventCatchUp} hands it over
 * again once the lane has room. Work is never waited for at shutdown either: what is still queued
 * is dropped (it is in the registry), and running work gets a short grace period. Threads are never
 * interrupted, because an interrupt closes the file channels of an embedded H2 database.
 */
public final class BackgroundLane implements TaskExecutor, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundLane.class);
    private static final Duration REFUSAL_LOG_INTERVAL = Duration.ofMinutes(1);

    private final String name;
    private final int capacity;
    private final ThreadPoolExecutor executor;
    private final BooleanSupplier ready;
    private final Duration shutdownGrace;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong lastRefusalLogged = new AtomicLong();
    private volatile boolean running = true;

    private BackgroundLane(String name, int threads, int capacity, BooleanSupplier ready, Duration shutdownGrace) {
        this.name = name;
        this.capacity = capacity;
        this.ready = ready;
        this.shutdownGrace = shutdownGrace;
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity), daemons("lanmu-" + name + "-"), new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * @param name a short name for thread names and logs
     * @param size how many pieces of work run at once and how many may wait
     */
    public static BackgroundLane of(String name, LaneSize size) {
        return of(name, size, () -> true);
    }

    /**
     * A lane whose work the catch-up hands over only while {@code ready} says so: work that needs
     * the search engine waits while the engine is down instead of failing again and again.
     * {@code ready} must answer at once, without I/O.
     */
    public static BackgroundLane of(String name, LaneSize size, BooleanSupplier ready) {
        return new BackgroundLane(name, size.threads(), size.capacity(), ready, size.shutdownGrace());
    }

    @Override
    public void execute(Runnable work) {
        if (!running) {
            refuse("the application is stopping");
            return;
        }
        try {
            executor.execute(work);
        }
        catch (RejectedExecutionException full) {
            refuse("its queue of " + capacity + " is full");
        }
    }

    public String name() {
        return name;
    }

    /** Whether the catch-up may hand this lane's work over now. */
    public boolean isReady() {
        return running && ready.getAsBoolean();
    }

    /** How many more pieces of work the queue takes now. */
    public int room() {
        return executor.getQueue().remainingCapacity();
    }

    public int capacity() {
        return capacity;
    }

    /** Work waiting or running now. */
    public int backlog() {
        return executor.getQueue().size() + executor.getActiveCount();
    }

    /** Work refused since the start because the queue was full. */
    public long refusedCount() {
        return refused.get();
    }

    private void refuse(String why) {
        refused.incrementAndGet();
        long now = System.nanoTime();
        long last = lastRefusalLogged.get();
        if (now - last > REFUSAL_LOG_INTERVAL.toNanos() && lastRefusalLogged.compareAndSet(last, now)) {
            log.warn("Background lane {} refused work because {}; it stays in the event publication registry and "
                    + "is handed over again later ({} refused so far)", name, why, refused.get());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        int dropped = executor.getQueue().size();
        executor.getQueue().clear();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Background lane {} stopped with work still running; it is completed after the next start",
                        name);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (dropped > 0) {
            log.info("Background lane {} left {} queued pieces of work to the next start", name, dropped);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Not stopped when a context is paused (Spring 7 pauses the cached contexts of tests not running): stopping shuts
     * the executor for good, and a context resumed later would refuse all its background work.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    /** Stops after the web server: requests that finish during a graceful shutdown may still hand work over. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    // Daemon threads: work that outlives the grace period must not keep the JVM from exiting.
    private static java.util.concurrent.ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String toString() {
        return "BackgroundLane[" + name + ", backlog " + backlog() + " of " + capacity + "]";
    }
}
