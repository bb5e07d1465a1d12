package io.lanmu.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.background.TestWork.WorkRequested;
import io.lanmu.background.TestWork.WorkState;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catch-up hands over, from the event publication registry, the background work that a full lane
 * refused, that failed, or whose hand-over never finished, and waits for a lane that is not ready.
 * Time moves by the test clock; the catch-up runs when the test calls it.
 */
@SpringBootTest(properties = {"lanmu.background.stale-after=PT1M", "lanmu.background.retry-after=PT10S",
    "lanmu.background.stuck-after=PT5M"})
@Import({TestClockConfiguration.class, TestWork.class})
abstract class EventCatchUpIntegrationTests {

    private static final Duration SOON = Duration.ofSeconds(10);

    @Autowired
    EventCatchUp catchUp;

    @Autowired
    WorkState worker;

    @Autowired
    @Qualifier(TestWork.LANE)
    BackgroundLane lane;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventPublicationRepository registry;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        worker.reset();
        clock.reset();
    }

    /**
     * Work a test left behind (a hand-over done twice, as the catch-up may when a test moves time far) must not run
     * in the next test's lane: each test starts with the lane idle and no test work on record.
     */
    @AfterEach
    void releaseTheLaneAndLetItEmpty() {
        worker.openLane();
        await().atMost(SOON).until(() -> lane.backlog() == 0);
        new TransactionTemplate(transactions).executeWithoutResult(status -> registry.deletePublications(
                incomplete().stream().map(EventPublication::getIdentifier).toList()));
        await().atMost(SOON).until(() -> incomplete().isEmpty() && lane.backlog() == 0);
    }

    @Test
    void workAFullLaneRefusedIsHandedOverOnceItIsStaleAndTheLaneHasRoom() {
        worker.permits.drainPermits();
        List<String> work = List.of(unique("running"), unique("queued"), unique("refused"));
        occupyTheLaneWith(work.get(0));
        request(work.get(1));
        request(work.get(2));

        worker.openLane();
        await().atMost(SOON).until(() -> worker.done.containsAll(work.subList(0, 2)));
        catchUp.catchUp();
        assertThat(worker.done).doesNotContain(work.get(2));
        assertThat(incomplete()).hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        catchUp.catchUp();

        await().atMost(SOON).until(() -> worker.done.contains(work.get(2)));
        await().atMost(SOON).until(() -> incomplete().isEmpty());
    }

    @Test
    void failedWorkIsTriedAgainAfterAWaitThatDoublesWithEveryAttempt() {
        worker.failuresToGo.set(2);
        String name = unique("flaky");
        request(name);
        await().atMost(SOON).until(() -> statusOfOnlyIncomplete() == EventPublication.Status.FAILED);

        catchUp.catchUp();
        assertThat(worker.attempts).hasValue(1);

        clock.advance(Duration.ofSeconds(10));
        catchUp.catchUp();
        await().atMost(SOON).until(() -> statusOfOnlyIncomplete() == EventPublication.Status.FAILED
                && worker.attempts.get() == 2);

        clock.advance(Duration.ofSeconds(10));
        catchUp.catchUp();
        assertThat(worker.attempts).as("waits 20 s after the second attempt").hasValue(2);

        clock.advance(Duration.ofSeconds(10));
        catchUp.catchUp();
        await().atMost(SOON).until(() -> worker.done.contains(name));
        await().atMost(SOON).until(() -> incomplete().isEmpty());
        assertThat(worker.attempts).hasValue(3);
    }

    @Test
    void workOfALaneThatIsNotReadyWaitsUntilItIs() {
        worker.failuresToGo.set(1);
        String name = unique("waiting");
        request(name);
        await().atMost(SOON).until(() -> statusOfOnlyIncomplete() == EventPublication.Status.FAILED);
        worker.ready.set(false);

        clock.advance(Duration.ofHours(1));
        catchUp.catchUp();
        assertThat(worker.attempts).hasValue(1);

        worker.ready.set(true);
        catchUp.catchUp();
        await().atMost(SOON).until(() -> worker.done.contains(name));
    }

    @Test
    void aHandOverThatNeverFinishedIsReleasedAndHandedOverAgain() {
        worker.failuresToGo.set(1);
        String name = unique("stuck");
        request(name);
        await().atMost(SOON).until(() -> statusOfOnlyIncomplete() == EventPublication.Status.FAILED);
        worker.permits.drainPermits();
        occupyTheLaneWith(unique("blocker"));
        request(unique("filler"));

        // The lane is full, so the catch-up leaves the failed work alone; marked as handed over by an instance
        // that then died, it would stay in the registry forever.
        clock.advance(Duration.ofSeconds(10));
        registry.markResubmitted(onlyIncompleteNamed(name).getIdentifier(), clock.instant());
        worker.openLane();
        await().atMost(SOON).until(() -> worker.done.size() == 2);

        clock.advance(Duration.ofMinutes(6));
        catchUp.catchUp();
        clock.advance(Duration.ofMinutes(1));
        catchUp.catchUp();

        await().atMost(SOON).until(() -> worker.done.contains(name));
        await().atMost(SOON).until(() -> incomplete().isEmpty());
    }

    /**
     * Hands the lane work that holds its only thread. Only once the thread has taken it does more work queue: handed
     * over before, the second piece could find the first still in the queue and be refused in its place.
     */
    private void occupyTheLaneWith(String name) {
        request(name);
        await().atMost(SOON).until(() -> worker.permits.hasQueuedThreads());
    }

    private void request(String name) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new WorkRequested(name)));
    }

    private List<? extends EventPublication> incomplete() {
        return registry.findIncompletePublications().stream()
                .filter(publication -> publication.getEvent() instanceof WorkRequested).toList();
    }

    private EventPublication.Status statusOfOnlyIncomplete() {
        List<? extends EventPublication> incomplete = incomplete();
        return incomplete.size() == 1 ? incomplete.getFirst().getStatus() : null;
    }

    private EventPublication onlyIncompleteNamed(String name) {
        return incomplete().stream().filter(publication -> ((WorkRequested) publication.getEvent()).name().equals(name))
                .findFirst().orElseThrow();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID();
    }
}
