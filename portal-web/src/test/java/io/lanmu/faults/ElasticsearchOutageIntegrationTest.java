package io.lanmu.faults;

import static io.lanmu.load.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.column.Column;
import io.lanmu.load.Http;
import io.lanmu.load.RunningLanmu;
import io.lanmu.search.elasticsearch.ElasticsearchTestNode;
import io.lanmu.shared.Actor;
import io.lanmu.testsupport.TestSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Elasticsearch node of the test's own, killed (kill -9) and, separately, frozen (SIGSTOP) for a minute while 100
 * items are published: every edit, approval and read answers, the index is behind when the node returns, and then
 * catches up until search finds all 100.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchOutageIntegrationTest {

    private static final int ITEMS = 100;
    /** How long the node stays away: publishing goes on the whole time, beyond the first 100 items if need be. */
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final Duration CAUGHT_UP = Duration.ofSeconds(120);

    private final String alias = "lanmu-outage-" + UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient client = HttpClient.newHttpClient();
    private ElasticsearchTestNode.Dedicated node;
    private RunningLanmu lanmu;
    private Http http;
    private String editor;
    private String approver;
    private Column column;

    @BeforeAll
    void start() {
        node = ElasticsearchTestNode.dedicated("outage");
        lanmu = RunningLanmu.start(Map.ofEntries(Map.entry("lanmu.search.engine", "elasticsearch"),
                Map.entry("spring.elasticsearch.uris", node.httpUri().toString()),
                Map.entry("spring.elasticsearch.connection-timeout", "1s"),
                Map.entry("spring.elasticsearch.socket-timeout", "5s"),
                Map.entry("lanmu.search.elasticsearch.alias", alias),
                Map.entry("lanmu.search.probe-interval", "PT1S"),
                Map.entry("lanmu.background.catch-up-interval", "PT1S"),
                Map.entry("lanmu.background.stale-after", "PT5S"),
                Map.entry("lanmu.background.retry-after", "PT1S"),
                Map.entry("lanmu.background.max-retry-delay", "PT5S")));
        http = new Http(lanmu.baseUrl());
        TestSite site = lanmu.bean(TestSite.class);
        column = site.listColumn("引擎故障");
        Actor editorPerson = site.editorOf(column);
        editor = http.signIn(editorPerson.username(), TestSite.PASSWORD);
        approver = http.signIn(site.approver().username(), TestSite.PASSWORD);
        // Lanmu creates its index lazily: one item found first, so that the node's index exists before it goes away.
        awaitAllFound(publish(1));
    }

    @AfterAll
    void stop() throws Exception {
        if (lanmu != null) {
            lanmu.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void publishingGoesOnWhileTheNodeIsKilledAndTheIndexCatchesUpAfterItsRestart() throws Exception {
        node.kill();
        List<Long> numbers = publishThroughout(OUTAGE);
        node.restart();

        assertBehindThenCaughtUp("the restart", numbers);
    }

    @Test
    void publishingGoesOnWhileTheNodeIsFrozenAndTheIndexCatchesUpAfterItThaws() throws Exception {
        node.freeze();
        List<Long> numbers;
        try {
            numbers = publishThroughout(OUTAGE);
        }
        finally {
            node.thaw();
        }

        assertBehindThenCaughtUp("the thaw", numbers);
    }

    /** The node is back: its index lacks what was published meanwhile, until Lanmu has caught up with all of it. */
    private void assertBehindThenCaughtUp(String returned, List<Long> numbers) throws Exception {
        long rightAfter = documents();
        awaitAllFound(numbers);
        long caughtUp = documents();
        System.out.printf("[es-outage] %d documents right after %s, %d once caught up%n", rightAfter, returned,
                caughtUp);
        assertThat(rightAfter).as("documents right after " + returned).isLessThan(caughtUp);
    }

    /**
     * Publishes {@link #ITEMS} items, then keeps reading the admin list and the public tree until {@code outage} has
     * passed since the node went away: the site answers for as long as the engine is gone.
     */
    private List<Long> publishThroughout(Duration outage) {
        Instant over = Instant.now().plus(outage);
        List<Long> numbers = publish(ITEMS);
        AtomicInteger reads = new AtomicInteger();
        await().atMost(outage.plusSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            expect(http.get("/api/admin/items?columnId=" + column.getId(), editor), 200);
            expect(http.get("/api/v1/columns", null), 200);
            reads.addAndGet(2);
            return !Instant.now().isBefore(over);
        });
        System.out.printf("[es-outage] %d items published and %d reads answered during an outage of %d s%n",
                numbers.size(), reads.get(), outage.toSeconds());
        return numbers;
    }

    /**
     * Creates, submits and approves items; each request must answer (Http fails one that hangs). The slowest answer
     * is printed for the README, not asserted: timings belong in the benchmarks.
     */
    private List<Long> publish(int count) {
        long first = ThreadLocalRandom.current().nextLong(1_000_000, 8_000_000);
        List<Long> numbers = LongStream.range(first, first + count).boxed().toList();
        Duration slowest = Duration.ZERO;
        for (long number : numbers) {
            String title = "引擎故障期间公告第" + number + "号";
            Http.Answer created = expect(http.postJson("/api/admin/items", editor, """
                    {"columnId": %d, "title": "%s", "body": "<p>%s的正文。</p>", "category": "GENERAL"}"""
                    .formatted(column.getId(), title, title)), 201);
            Http.Answer submitted = expect(http.postJson("/api/admin/items/%d/submit".formatted(created.id()), editor,
                    null), 200);
            Http.Answer approved = expect(http.postJson("/api/admin/items/%d/approve".formatted(created.id()),
                    approver, "{}"), 200);
            for (Http.Answer answer : List.of(created, submitted, approved)) {
                slowest = answer.took().compareTo(slowest) > 0 ? answer.took() : slowest;
            }
        }
        System.out.printf("[es-outage] %d requests answered, the slowest in %d ms%n", 3 * count, slowest.toMillis());
        return numbers;
    }

    private void awaitAllFound(List<Long> numbers) {
        await().atMost(CAUGHT_UP).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(numbers)
                .allSatisfy(number -> assertThat(expect(http.get("/api/v1/search?q=" + number, null), 200).json()
                        .get("total").asLong()).isEqualTo(1)));
    }

    /** The documents behind Lanmu's alias, counted by the node itself. */
    private long documents() throws Exception {
        HttpResponse<String> count = client.send(HttpRequest.newBuilder(
                URI.create(node.httpUri() + "/" + alias + "/_count")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(count.body()).get("count").asLong();
    }
}
