package io.lanmu.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundLaneUnitTest {

    /** Far longer than any of these steps takes; only a hang reaches it. */
    private static final Duration HANG = Duration.ofSeconds(30);

    @Test
    void handingWorkToAFullLaneReturnsAtOnceAndCountsTheRefusal() throws InterruptedException {
        BackgroundLane lane = BackgroundLane.of("test", LaneSize.of(1, 1));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean refusedWorkRan = new AtomicBoolean();
        lane.execute(() -> {
            started.countDown();
            await(release);
        });
        started.await();
        lane.execute(() -> { });

        assertTimeoutPreemptively(HANG, () -> lane.execute(() -> refusedWorkRan.set(true)));

        assertThat(lane.refusedCount()).isEqualTo(1);
        assertThat(lane.backlog()).isEqualTo(2);
        assertThat(lane.room()).isZero();
        release.countDown();
        lane.stop();
        assertThat(refusedWorkRan).isFalse();
    }

    @Test
    void stoppingDropsQueuedWorkAndLetsRunningWorkFinishUninterrupted() throws InterruptedException {
        BackgroundLane lane = BackgroundLane.of("test", LaneSize.of(1, 10));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean queuedRan = new AtomicBoolean();
        lane.execute(() -> {
            started.countDown();
            try {
                release.await();
                finished.set(true);
            }
            catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        started.await();
        lane.execute(() -> queuedRan.set(true));

        Thread stopping = Thread.ofPlatform().start(lane::stop);
        assertTimeoutPreemptively(HANG, () -> {
            while (lane.isRunning()) {
                Thread.onSpinWait();
            }
        });
        release.countDown();
        stopping.join(HANG.toMillis());

        assertThat(stopping.isAlive()).isFalse();
        assertThat(finished).isTrue();
        assertThat(interrupted).isFalse();
        assertThat(queuedRan).isFalse();
        lane.execute(() -> queuedRan.set(true));
        assertThat(lane.refusedCount()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
