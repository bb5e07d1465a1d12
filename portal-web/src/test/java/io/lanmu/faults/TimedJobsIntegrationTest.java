package io.lanmu.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.column.Column;
import io.lanmu.item.Approval;
import io.lanmu.item.Item;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.ItemStatus;
import io.lanmu.item.ItemWorkflow;
import io.lanmu.item.PublicationRecords;
import io.lanmu.load.RunningLanmu;
import io.lanmu.shared.Actor;
import io.lanmu.testsupport.ItemMother;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * The real timed jobs, on the real scheduler: with scheduling on they carry out what is due, with it off nothing
 * schedules them (not even a library that switches scheduling on by itself).
 */
class TimedJobsIntegrationTest {

    static final Duration CEILING = Duration.ofSeconds(60);
    static final Map<String, Object> FAST_JOBS = Map.of("lanmu.scheduling.enabled", "true",
            "lanmu.workflow.scheduler-interval", "PT0.5S", "lanmu.background.catch-up-interval", "PT0.5S",
            "lanmu.deadlines.check-interval", "PT0.5S");

    private final TestClock clock = new TestClock();
    private final RecordedLocks locks = new RecordedLocks();

    @Test
    void publishesWhatIsDueWhenSchedulingIsOn() {
        try (RunningLanmu lanmu = RunningLanmu.start(FAST_JOBS, new SharedClock(clock), locks)) {
            long id = approvedFor(lanmu, clock.instant().plus(Duration.ofHours(1)));

            clock.advance(Duration.ofHours(1));

            ItemCatalog items = lanmu.bean(ItemCatalog.class);
            await().atMost(CEILING).until(() -> items.progressOf(id).map(ItemCatalog.Progress::status).orElseThrow(),
                    ItemStatus.PUBLISHED::equals);
            assertThat(lanmu.bean(PublicationRecords.class).findByItemIdOrderByPublishedAt(id)).hasSize(1);
        }
    }

    /** A lock left by a killed instance holds the other instances up for this long at most. */
    @Test
    void jobsTakeLocksThatRunOutSoonAfterAKill() {
        try (RunningLanmu lanmu = RunningLanmu.start(FAST_JOBS, new SharedClock(clock), locks)) {
            await().atMost(CEILING).until(() -> locks.wasAskedFor("lanmu.scheduled-publishing")
                    && locks.wasAskedFor("lanmu.deadline-watch") && locks.wasAskedFor("lanmu.event-catch-up"));

            assertThat(locks.lockAtMostFor("lanmu.scheduled-publishing")).isLessThanOrEqualTo(Duration.ofMinutes(1));
            assertThat(locks.lockAtMostFor("lanmu.deadline-watch")).isLessThanOrEqualTo(Duration.ofMinutes(1));
            assertThat(locks.lockAtMostFor("lanmu.event-catch-up")).isLessThanOrEqualTo(Duration.ofSeconds(30));
        }
    }

    @Test
    void schedulesNothingWhenSchedulingIsOff() {
        Map<String, Object> off = Map.of("lanmu.scheduling.enabled", "false");
        try (RunningLanmu lanmu = RunningLanmu.start(off, new SharedClock(clock))) {
            assertThat(lanmu.beansOfType(ScheduledTaskHolder.class))
                    .flatMap(ScheduledTaskHolder::getScheduledTasks).isEmpty();
        }
    }

    private static long approvedFor(RunningLanmu lanmu, Instant publishAt) {
        TestSite site = lanmu.bean(TestSite.class);
        Column column = site.listColumn("通知公告");
        Actor editor = site.editorOf(column);
        ItemWorkflow workflow = lanmu.bean(ItemWorkflow.class);
        Item item = lanmu.bean(ItemEditing.class).create(ItemMother.notice(column.getId()), editor);
        workflow.submit(item.getId(), null, editor);
        return workflow.approve(item.getId(), new Approval(publishAt, null, null, null), site.approver()).getId();
    }
}
