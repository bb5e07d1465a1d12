package io.lanmu.extraction;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads that parse. Callers wait on them only until their deadline. Java cannot kill a thread, and a parser
 * stuck in a loop that emits no text never reaches a checkpoint, so such a parse keeps its thread until it ends by
 * itself; a fixed number of threads bounds how much CPU and memory runaway parses can hold, and the callers queued
 * behind them time out instead of piling up threads. The queue holds at most one task per waiting caller: a caller
 * who gives up removes its task.
 */
final class ExtractionThreads implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor executor;

    ExtractionThreads(int threads) {
        executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                daemons("lanmu-text-extraction-" + POOLS.incrementAndGet() + "-"));
    }

    <T> Future<T> submit(Callable<T> work) {
        return executor.submit(work);
    }

    /** Stops a task: interrupts it if it runs (most parsers ignore that), forgets it if it still waits. */
    void abandon(Future<?> task) {
        task.cancel(true);
        executor.purge();
    }

    int busy() {
        return executor.getActiveCount();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    // Daemon threads: a parse that never ends must not keep the JVM from shutting down.
    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
