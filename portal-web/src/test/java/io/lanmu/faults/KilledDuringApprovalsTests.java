package io.lanmu.faults;

import static io.lanmu.load.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.load.Http;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Lanmu killed with kill -9 in the middle of 100 approvals made 16 at a time, then started again on the same data:
 * every approval it answered 2xx for is published with its audit entry and publication record, the index catches up
 * with every published item, and no item is half-written. Runs on each database (see the subclasses).
 */
abstract class KilledDuringApprovalsTests {

    private static final int ITEMS = 100;
    private static final int APPROVERS = 16;
    private static final int KILL_AFTER = 50;
    /** Background work that a killed instance left is handed over again soon after the restart. */
    static final Map<String, String> QUICK_CATCH_UP = Map.of("lanmu.background.stale-after", "PT5S",
            "lanmu.background.catch-up-interval", "PT1S", "lanmu.search.probe-interval", "PT1S");

    @TempDir
    Path dataDir;

    /** The settings that put Lanmu on the database of the subclass. */
    abstract Map<String, String> database();

    /** The same database, opened by the test once Lanmu has stopped. */
    abstract JdbcTemplate openDatabase();

    @Test
    void everyAnsweredApprovalSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        Map<String, String> settings = new HashMap<>(database());
        settings.putAll(QUICK_CATCH_UP);
        long firstNumber = ThreadLocalRandom.current().nextLong(1_000_000, 8_000_000);
        Map<Long, Long> numberOfItem = new ConcurrentHashMap<>();
        Set<Long> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger answers = new AtomicInteger();
        LanmuProcess lanmu = LanmuProcess.start(dataDir, settings);
        try {
            Http http = new Http(lanmu.baseUrl());
            Staff staff = Staff.setUp(http);
            for (int i = 0; i < ITEMS; i++) {
                numberOfItem.put(staff.submitted(http, "停机公告第" + (firstNumber + i) + "号"), firstNumber + i);
            }
            ExecutorService approvers = Executors.newFixedThreadPool(APPROVERS);
            for (long item : numberOfItem.keySet()) {
                approvers.submit(() -> {
                    Http.Answer answer = http.postJson("/api/admin/items/%d/approve".formatted(item), staff.approver(),
                            "{}");
                    if (answer.status() / 100 == 2) {
                        answered.add(item);
                    }
                    answers.incrementAndGet();
                    return answer;
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> answers.get() >= KILL_AFTER);
            lanmu.kill();
            approvers.shutdownNow();
        }
        catch (Throwable failed) {
            lanmu.kill();
            throw failed;
        }
        int answeredBeforeKill = answered.size();
        System.out.printf("[kill-9] %d of %d approvals answered 2xx before the kill%n", answeredBeforeKill, ITEMS);
        assertThat(answeredBeforeKill).isGreaterThanOrEqualTo(KILL_AFTER / 2).isLessThan(ITEMS);

        List<Long> published = new ArrayList<>();
        try (LanmuProcess restarted = lanmu.restart()) {
            Http http = new Http(restarted.baseUrl());
            String admin = Staff.admin(http);
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                published.clear();
                for (long item : numberOfItem.keySet()) {
                    String status = expect(http.get("/api/admin/items/" + item, admin), 200).json()
                            .get("status").asString();
                    if ("PUBLISHED".equals(status)) {
                        published.add(item);
                    }
                }
                assertThat(published).containsAll(answered);
                assertThat(published).allSatisfy(item -> assertThat(expect(http.get("/api/v1/search?q="
                        + numberOfItem.get(item), null), 200).json().get("total").asLong()).isEqualTo(1));
            });
        }
        System.out.printf("[kill-9] after the restart %d items are published and all of them are found%n",
                published.size());

        JdbcTemplate jdbc = openDatabase();
        for (long item : numberOfItem.keySet()) {
            boolean live = published.contains(item);
            Map<String, Object> row = jdbc.queryForMap("""
                    select status, live_revision,
                      (select count(*) from publication_record r where r.item_id = i.id) records,
                      (select count(*) from audit_event a where a.subject_type = 'ITEM' and a.subject_id = i.id
                         and a.action = 'ItemPublished') audits
                    from item i where i.id = ?""", item);
            assertThat(row).as("item %d", item)
                    .containsEntry("status", live ? "PUBLISHED" : "IN_REVIEW")
                    .containsEntry("records", 1L * (live ? 1 : 0))
                    .containsEntry("audits", 1L * (live ? 1 : 0));
            assertThat(row.get("live_revision")).as("item %d's live revision", item).matches(
                    revision -> live == (revision != null));
        }
    }

    static JdbcTemplate jdbc(String url, String user, String password) {
        return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }
}
