package io.lanmu.background;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A lane one piece of work wide with room for one more, and a listener in it that a test can hold,
 * make fail, or find not ready: background work whose every state the test controls.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestWork {

    static final String LANE = "testLane";

    record WorkRequested(String name) {
    }

    /** What the worker did and may do; apart from the worker, which is a proxy whose fields are not its own. */
    static class WorkState {

        final Set<String> done = ConcurrentHashMap.newKeySet();
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger failuresToGo = new AtomicInteger();
        final AtomicBoolean ready = new AtomicBoolean(true);
        /** Work runs only with a permit: a test holds the lane busy by giving none. */
        final Semaphore permits = new Semaphore(1_000_000);

        void reset() {
            done.clear();
            attempts.set(0);
            failuresToGo.set(0);
            ready.set(true);
            openLane();
        }

        void openLane() {
            permits.drainPermits();
            permits.release(1_000_000);
        }
    }

    static class Worker {

        private final WorkState state;

        Worker(WorkState state) {
            this.state = state;
        }

        @Async(LANE)
        @TransactionalEventListener
        void on(WorkRequested request) throws InterruptedException {
            state.permits.acquire();
            state.attempts.incrementAndGet();
            if (state.failuresToGo.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw new IllegalStateException("Failing on purpose: " + request.name());
            }
            state.done.add(request.name());
        }
    }

    @Bean
    WorkState workState() {
        return new WorkState();
    }

    @Bean
    Worker worker(WorkState state) {
        return new Worker(state);
    }

    @Bean(LANE)
    BackgroundLane testLane(WorkState state) {
        return BackgroundLane.of("test", LaneSize.of(1, 1), state.ready::get);
    }
}
