package io.lanmu.load;

import static io.lanmu.load.Http.expect;
import static io.lanmu.load.Http.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.column.Column;
import io.lanmu.load.Http.Answer;
import io.lanmu.shared.Actor;
import io.lanmu.testsupport.TestSite;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Lanmu over real HTTP under the bursts that once hung it for good: a dozen concurrent uploads, and
 * approvals 16 at a time, each of which leaves background work (text extraction, indexing) behind.
 * Every request must answer, the background must finish every piece of work, and the application must
 * still stop when asked while work is pending.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BackgroundWorkUnderLoadTests {

    private static final int CONCURRENCY = 16;
    /** How long the background may take to catch up with a burst; the real figure is a few seconds. */
    private static final Duration CATCH_UP = Duration.ofMinutes(2);

    private final AtomicLong numbers = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 8_000_000));
    private RunningLanmu lanmu;
    private Http http;
    private String editor;
    private String approver;
    private Column column;

    /** Starts the application on the database of the subclass. */
    abstract RunningLanmu start();

    @BeforeAll
    void startLanmu() {
        lanmu = start();
        http = new Http(lanmu.baseUrl());
        TestSite site = lanmu.bean(TestSite.class);
        column = site.listColumn("办税指南");
        Actor editorPerson = site.editorOf(column);
        editor = http.signIn(editorPerson.username(), TestSite.PASSWORD);
        approver = http.signIn(site.approver().username(), TestSite.PASSWORD);
    }

    @AfterAll
    void stopLanmu() {
        lanmu.close();
    }

    @Test
    @Order(1)
    void twentyConcurrentUploadsAllAnswerAndEveryFileBecomesSearchable() {
        List<Long> items = IntStream.range(0, 5).mapToObj(i -> createItem("附件测试" + nextNumber()).id()).toList();
        List<Long> words = IntStream.range(0, 20).mapToObj(i -> nextNumber()).toList();

        List<Answer> uploads = concurrently(20, i -> () -> http.upload(
                "/api/admin/items/%d/attachments".formatted(items.get(i % items.size())), editor,
                "说明" + i + ".txt", "text/plain",
                ("本附件的编号是 " + words.get(i) + "，请妥善保存。").getBytes(StandardCharsets.UTF_8)));

        assertThat(uploads).extracting(Answer::status).containsOnly(201);
        for (long item : items) {
            assertThat(http.get("/api/admin/items/" + item, editor).json().get("attachments")).hasSize(4);
        }
        await().atMost(CATCH_UP).untilAsserted(() -> assertThat(words)
                .allSatisfy(word -> assertThat(staffHits(word)).isEqualTo(1)));
    }

    @Test
    @Order(2)
    void approvalsSixteenAtATimeAllAnswerAndEveryItemBecomesSearchable() {
        List<Long> words = IntStream.range(0, 100).mapToObj(i -> nextNumber()).toList();
        List<Long> items = concurrently(words.size(), i -> () -> submitted("公告第" + words.get(i) + "号")).stream()
                .toList();

        List<Answer> approvals = concurrently(items.size(), i -> () -> http.postJson(
                "/api/admin/items/%d/approve".formatted(items.get(i)), approver, "{}"));

        assertThat(approvals).extracting(Answer::status).containsOnly(200);
        List<Long> more = IntStream.range(0, 5).mapToObj(i -> nextNumber()).toList();
        for (long word : more) {
            expect(http.postJson("/api/admin/items/%d/approve".formatted(submitted("补充公告第" + word + "号")),
                    approver, "{}"), 200);
        }
        List<Long> all = new ArrayList<>(words);
        all.addAll(more);
        await().atMost(CATCH_UP).untilAsserted(() -> assertThat(all)
                .allSatisfy(word -> assertThat(publicHits(word)).isEqualTo(1)));
    }

    @Test
    @Order(3)
    void stopsPromptlyWhileBackgroundWorkIsPending() {
        List<Long> items = concurrently(32, i -> () -> submitted("停机前公告第" + nextNumber() + "号"));
        concurrently(items.size(), i -> () -> expect(http.postJson(
                "/api/admin/items/%d/approve".formatted(items.get(i)), approver, "{}"), 200));

        assertThat(lanmu.stopWithin(60)).as("the application stopped").isTrue();
    }

    private long submitted(String title) {
        long id = createItem(title).id();
        expect(http.postJson("/api/admin/items/%d/submit".formatted(id), editor, null), 200);
        return id;
    }

    private Answer createItem(String title) {
        return expect(http.postJson("/api/admin/items", editor, """
                {"columnId": %d, "title": "%s", "body": "<p>%s的正文。</p>", "category": "GENERAL"}"""
                .formatted(column.getId(), title, title)), 201);
    }

    private long staffHits(long word) {
        return expect(http.get("/api/admin/search?q=" + word, editor), 200).json().get("total").asLong();
    }

    private long publicHits(long word) {
        return expect(http.get("/api/v1/search?q=" + query(String.valueOf(word)), null), 200).json().get("total")
                .asLong();
    }

    private long nextNumber() {
        return numbers.incrementAndGet();
    }

    /** Runs {@code count} requests, {@link #CONCURRENCY} at a time, and returns their results in order. */
    private static <T> List<T> concurrently(int count, IntFunction<Callable<T>> request) {
        try (ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY)) {
            Collection<Future<T>> running = IntStream.range(0, count).mapToObj(i -> clients.submit(request.apply(i)))
                    .toList();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : running) {
                results.add(answer.get());
            }
            return results;
        }
        catch (Exception e) {
            throw new AssertionError("A concurrent request failed", e);
        }
    }
}
