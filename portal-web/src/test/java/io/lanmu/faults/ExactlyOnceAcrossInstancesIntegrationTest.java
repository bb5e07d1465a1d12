package io.lanmu.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.column.Column;
import io.lanmu.item.Approval;
import io.lanmu.item.Item;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.ItemWorkflow;
import io.lanmu.load.RunningLanmu;
import io.lanmu.shared.Actor;
import io.lanmu.testsupport.ItemMother;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances, each with its own scheduler, on one PostgreSQL database: the real timed jobs and their
 * ShedLock locks carry out every publication and expiry that falls due in the same minute exactly once, and the
 * runs after that change nothing.
 */
class ExactlyOnceAcrossInstancesIntegrationTest {

    private static final int PUBLICATIONS = 200;
    private static final int EXPIRIES = 100;

    private final TestClock clock = new TestClock();
    private final SharedPostgresSchema database = new SharedPostgresSchema();

    @AfterEach
    void dropSchema() throws SQLException {
        database.drop();
    }

    @Test
    void twoInstancesCarryOutEachDuePublicationAndExpiryExactlyOnce() throws Exception {
        Map<String, Object> settings = new HashMap<>(TimedJobsIntegrationTest.FAST_JOBS);
        // Completed event publications stay in the registry, so that the test can count them.
        settings.put("spring.modulith.events.completion-mode", "update");
        try (RunningLanmu one = RunningLanmu.start(settings, database, new SharedClock(clock));
                RunningLanmu two = RunningLanmu.start(settings, database, new SharedClock(clock))) {
            TestSite site = one.bean(TestSite.class);
            Column scheduled = site.listColumn("定时发布");
            Column expiring = site.listColumn("定时下线");
            Instant due = clock.instant().plus(Duration.ofHours(1));
            approve(one, scheduled, PUBLICATIONS, new Approval(due, null, null, null));
            approve(one, expiring, EXPIRIES, new Approval(null, due, null, null));
            JdbcTemplate jdbc = new JdbcTemplate(one.bean(DataSource.class));
            assertThat(items(jdbc, scheduled, "PUBLISHED")).isZero();

            clock.set(due.plusSeconds(30));

            await().atMost(Duration.ofSeconds(120)).until(() -> items(jdbc, scheduled, "PUBLISHED") == PUBLICATIONS
                    && items(jdbc, expiring, "EXPIRED") == EXPIRIES);
            Map<String, Object> done = outcome(jdbc, scheduled, expiring);
            System.out.println("[exactly-once] after the due minute: " + new TreeMap<>(done));
            assertThat(done).containsEntry("publication records", PUBLICATIONS)
                    .containsEntry("items with publication records", PUBLICATIONS)
                    .containsEntry("ItemPublished audit entries", PUBLICATIONS)
                    .containsEntry("items with ItemPublished audit entries", PUBLICATIONS)
                    .containsEntry("ItemExpired audit entries", EXPIRIES)
                    .containsEntry("items with ItemExpired audit entries", EXPIRIES)
                    .containsEntry("items with ItemPublished events", PUBLICATIONS)
                    .containsEntry("items with ItemExpired events", EXPIRIES)
                    .containsEntry("events published twice to one listener", 0);
            assertThat((int) done.get("ItemPublished events")).isGreaterThanOrEqualTo(PUBLICATIONS);

            awaitJobRuns(jdbc, 3);
            assertThat(outcome(jdbc, scheduled, expiring)).isEqualTo(done);
        }
    }

    /** Creates, submits and approves items four at a time, as editors and an approver would. */
    private static void approve(RunningLanmu lanmu, Column column, int count, Approval approval) throws Exception {
        TestSite site = lanmu.bean(TestSite.class);
        Actor editor = site.editorOf(column);
        Actor approver = site.approver();
        ItemEditing editing = lanmu.bean(ItemEditing.class);
        ItemWorkflow workflow = lanmu.bean(ItemWorkflow.class);
        ExecutorService editors = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> approvals = IntStream.range(0, count).<Future<?>>mapToObj(n ->
                    editors.submit(() -> {
                        Item item = editing.create(ItemMother.notice(column.getId()), editor);
                        workflow.submit(item.getId(), null, editor);
                        workflow.approve(item.getId(), approval, approver);
                    })).toList();
            for (Future<?> approved : approvals) {
                approved.get();
            }
        }
        finally {
            editors.shutdownNow();
        }
    }

    private static int items(JdbcTemplate jdbc, Column column, String status) {
        return jdbc.queryForObject("select count(*) from item where column_id = ? and status = ?", Integer.class,
                column.getId(), status);
    }

    /** What the jobs left: publication records, audit entries and event publications, counted per item. */
    private static Map<String, Object> outcome(JdbcTemplate jdbc, Column scheduled, Column expiring) {
        Map<String, Object> counts = new HashMap<>();
        jdbc.query("select count(*), count(distinct item_id) from publication_record where column_id = ?", row -> {
            counts.put("publication records", row.getInt(1));
            counts.put("items with publication records", row.getInt(2));
        }, scheduled.getId());
        audit(jdbc, counts, "ItemPublished", scheduled);
        audit(jdbc, counts, "ItemExpired", expiring);
        events(jdbc, counts, "ItemPublished", scheduled);
        events(jdbc, counts, "ItemExpired", expiring);
        counts.put("events published twice to one listener", jdbc.queryForObject("""
                select count(*) from (select 1 from event_publication
                  where event_type in ('io.lanmu.item.ItemPublished', 'io.lanmu.item.ItemExpired')
                  group by event_type, listener_id, serialized_event::jsonb ->> 'itemId' having count(*) > 1) twice
                """, Integer.class));
        return counts;
    }

    private static void audit(JdbcTemplate jdbc, Map<String, Object> counts, String action, Column column) {
        jdbc.query("""
                select count(*), count(distinct subject_id) from audit_event where subject_type = 'ITEM'
                  and action = ? and subject_id in (select id from item where column_id = ?)
                """, row -> {
            counts.put(action + " audit entries", row.getInt(1));
            counts.put("items with " + action + " audit entries", row.getInt(2));
        }, action, column.getId());
    }

    private static void events(JdbcTemplate jdbc, Map<String, Object> counts, String event, Column column) {
        jdbc.query("""
                select count(*), count(distinct serialized_event::jsonb ->> 'itemId') from event_publication
                  where event_type = ? and (serialized_event::jsonb ->> 'columnId')::bigint = ?
                """, row -> {
            counts.put(event + " events", row.getInt(1));
            counts.put("items with " + event + " events", row.getInt(2));
        }, "io.lanmu.item." + event, column.getId());
    }

    /** Waits until the publishing job has been locked {@code runs} more times, by either instance. */
    private static void awaitJobRuns(JdbcTemplate jdbc, int runs) {
        Set<Timestamp> seen = new HashSet<>();
        await().atMost(TimedJobsIntegrationTest.CEILING).until(() -> {
            seen.add(jdbc.queryForObject("select locked_at from shedlock where name = 'lanmu.scheduled-publishing'",
                    Timestamp.class));
            return seen.size() > runs;
        });
    }
}
