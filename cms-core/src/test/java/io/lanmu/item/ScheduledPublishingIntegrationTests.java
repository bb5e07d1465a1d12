package io.lanmu.item;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.audit.AuditEntry;
import io.lanmu.audit.AuditQuery;
import io.lanmu.audit.AuditTrail;
import io.lanmu.column.Column;
import io.lanmu.shared.Actor;
import io.lanmu.testsupport.ItemMother;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestClockConfiguration;
import io.lanmu.testsupport.TestSite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Scheduled publication and expiry happen exactly once, even when two application instances (here:
 * two scheduler instances on two threads, sharing one database) reach the same items at the same time.
 */
@SpringBootTest
@Import({TestClockConfiguration.class, TestSite.class})
abstract class ScheduledPublishingIntegrationTests {

    private static final int ITEMS = 12;

    @Autowired
    TestSite site;

    @Autowired
    TestClock clock;

    @Autowired
    ItemEditing editing;

    @Autowired
    ItemWorkflow workflow;

    @Autowired
    Items items;

    @Autowired
    PublicationRecords publications;

    @Autowired
    AuditTrail audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    Column notices;
    Actor editor;
    Actor approver;

    @BeforeEach
    void setUp() {
        clock.reset();
        notices = site.listColumn("通知公告");
        editor = site.editorOf(notices);
        approver = site.approver();
    }

    @Test
    void twoInstancesPublishEachDueItemExactlyOnce() throws Exception {
        List<Long> scheduled = scheduleItems(clock.instant().plus(Duration.ofHours(1)), null);
        clock.advance(Duration.ofHours(1));

        int published = raceTwoInstances(ScheduledPublishing::publishDue);

        assertThat(published).isEqualTo(ITEMS);
        for (long id : scheduled) {
            assertThat(items.findById(id)).get().extracting(Item::getStatus).isEqualTo(ItemStatus.PUBLISHED);
            assertThat(publications.findByItemIdOrderByPublishedAt(id)).hasSize(1);
            assertThat(actions(id)).filteredOn("ItemPublished"::equals).hasSize(1);
        }
    }

    @Test
    void twoInstancesExpireEachItemExactlyOnce() throws Exception {
        List<Long> live = scheduleItems(null, clock.instant().plus(Duration.ofDays(7)));
        clock.advance(Duration.ofDays(7));

        int expired = raceTwoInstances(ScheduledPublishing::expireDue);

        assertThat(expired).isEqualTo(ITEMS);
        for (long id : live) {
            assertThat(items.findById(id)).get().extracting(Item::getStatus).isEqualTo(ItemStatus.EXPIRED);
            assertThat(actions(id)).filteredOn("ItemExpired"::equals).hasSize(1);
        }
    }

    @Test
    void nothingIsPublishedBeforeItsTime() {
        List<Long> scheduled = scheduleItems(clock.instant().plus(Duration.ofHours(2)), null);
        clock.advance(Duration.ofMinutes(119));

        assertThat(newInstance().publishDue()).isZero();
        assertThat(items.findById(scheduled.getFirst())).get().extracting(Item::getStatus)
                .isEqualTo(ItemStatus.SCHEDULED);
    }

    @Test
    void clusterLockLetsOneInstanceRunAJobAtATime() throws Exception {
        LockingTaskExecutor first = new DefaultLockingTaskExecutor(lockProvider());
        LockingTaskExecutor second = new DefaultLockingTaskExecutor(lockProvider());
        LockConfiguration lock = new LockConfiguration(Instant.now(), "test-job-" + System.nanoTime(),
                Duration.ofMinutes(1), Duration.ZERO);
        CountDownLatch firstIsRunning = new CountDownLatch(1);
        CountDownLatch secondHasTried = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = threads.submit(() -> first.executeWithLock((Runnable) () -> {
                runs.incrementAndGet();
                firstIsRunning.countDown();
                await(secondHasTried);
            }, lock));
            firstIsRunning.await(10, TimeUnit.SECONDS);
            second.executeWithLock((Runnable) runs::incrementAndGet, lock);
            secondHasTried.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(runs).hasValue(1);
    }

    /** Both instances start at the same moment; returns how many items they handled together. */
    private int raceTwoInstances(ToIntFunction<ScheduledPublishing> job) throws Exception {
        ScheduledPublishing one = newInstance();
        ScheduledPublishing two = newInstance();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = threads.submit(() -> {
                start.await();
                return job.applyAsInt(one);
            });
            Future<Integer> b = threads.submit(() -> {
                start.await();
                return job.applyAsInt(two);
            });
            return a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
        }
        finally {
            threads.shutdownNow();
        }
    }

    private ScheduledPublishing newInstance() {
        return new ScheduledPublishing(items, transactions, clock);
    }

    private JdbcTemplateLockProvider lockProvider() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    private List<Long> scheduleItems(Instant publishAt, Instant expireAt) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            Item item = editing.create(ItemMother.notice(notices.getId()), editor);
            workflow.submit(item.getId(), null, editor);
            ids.add(workflow.approve(item.getId(), new Approval(publishAt, expireAt, null, null), approver).getId());
        }
        return ids;
    }

    private List<String> actions(long itemId) {
        return audit.search(AuditQuery.about("ITEM", itemId), PageRequest.of(0, 50), approver).stream()
                .map(AuditEntry::getAction).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
