package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.lanmu.column.Column;
import io.lanmu.column.ColumnKind;
import io.lanmu.item.Item;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemChanges;
import io.lanmu.item.ItemEditing;
import io.lanmu.shared.Actor;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import io.lanmu.web.ApiTest;
import io.lanmu.web.ApiTokensForTests;
import io.lanmu.web.Json;
import io.lanmu.webhook.WebhookDispatcher;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Webhooks end to end against a real HTTP receiver on 127.0.0.1 (private addresses allowed in this test only): each
 * visible change becomes a signed delivery, a failure is retried after a wait, and every attempt is on record.
 */
@ApiTest
@TestPropertySource(properties = "lanmu.webhooks.allow-private-addresses=true")
@Import(Publishing.class)
class WebhookApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Publishing publishing;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    ItemEditing editing;

    String admin;

    @BeforeEach
    void setUp() {
        clock.reset();
        admin = tokens.bearer(site.admin());
    }

    @Test
    void deliveryIsSignedOverTimestampAndBody() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            MvcTestResult registered = register(receiver.url(), List.of("item.published"));
            long hook = Json.longAt(registered, "$.id");
            String secret = Json.stringAt(registered, "$.secret");
            Column news = publishing.column(null, "推送新闻", ColumnKind.LIST);
            long id = publishing.published(news, "推送的通告");

            assertThat(pending(hook)).as("written with the publication, before any sending").isEqualTo(1);
            dispatcher.deliverDue();

            WebhookReceiver.Received delivery = only(receiver.received());
            assertThat(delivery.method()).isEqualTo("POST");
            assertThat(delivery.header("Content-Type")).startsWith("application/json");
            assertThat(delivery.header("Lanmu-Event")).isEqualTo("item.published");
            String signature = delivery.header("Lanmu-Signature");
            long timestamp = clock.instant().getEpochSecond();
            // The receiver's recipe from the README, written out independently of Lanmu's code.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            assertThat(signature).isEqualTo("t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal(delivery.body())));
            String body = delivery.text();
            assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("item.published");
            assertThat(((Number) JsonPath.read(body, "$.item.id")).longValue()).isEqualTo(id);
            assertThat((String) JsonPath.read(body, "$.item.title")).isEqualTo("推送的通告");
            assertThat((String) JsonPath.read(body, "$.id")).isEqualTo(delivery.header("Lanmu-Event-Id"));
            assertThat(pending(hook)).isZero();
        }
    }

    @Test
    void deliveryIsSentOnceWhenASecondInstanceRunsTheJobAfterTheFirstOutlivedItsLock() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (WebhookReceiver receiver = WebhookReceiver.holding(release)) {
            register(receiver.url(), List.of("item.published"));
            publishing.published(publishing.column(null, "慢接收新闻", ColumnKind.LIST), "慢接收的通告");

            Thread first = Thread.ofVirtual().start(dispatcher::deliverDue);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
            // The first run is still waiting for the receiver when its lock runs out, as a slow one would make it.
            jdbc.update("update shedlock set lock_until = ? where name = 'lanmu.webhook-deliveries'",
                    Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")));
            dispatcher.deliverDue();
            release.countDown();
            first.join(Duration.ofSeconds(30));

            assertThat(receiver.received()).as("sent by one run only").hasSize(1);
        }
    }

    @Test
    void failedDeliveryIsRetriedAfterAWaitAndEveryAttemptIsRecorded() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(503)) {
            long hook = Json.longAt(register(receiver.url(), List.of()), "$.id");
            Column news = publishing.column(null, "重试新闻", ColumnKind.LIST);
            publishing.published(news, "重试的通告");

            dispatcher.deliverDue();
            dispatcher.deliverDue();
            assertThat(receiver.received()).as("the retry waits its turn").hasSize(1);
            clock.advance(Duration.ofSeconds(30));
            dispatcher.deliverDue();

            List<WebhookReceiver.Received> received = receiver.received();
            assertThat(received).hasSize(2);
            assertThat(received.get(1).header("Lanmu-Event-Id")).isEqualTo(received.get(0).header("Lanmu-Event-Id"));
            assertThat(received.get(1).header("Lanmu-Signature")).startsWith("t=" + clock.instant().getEpochSecond() + ",");
            MvcTestResult deliveries = mvc.get().uri("/api/admin/webhooks/{id}/deliveries", hook)
                    .header(HttpHeaders.AUTHORIZATION, admin).exchange();
            assertThat(deliveries).hasStatusOk();
            String json = Json.body(deliveries);
            assertThat((List<?>) JsonPath.read(json, "$")).hasSize(1);
            assertThat((String) JsonPath.read(json, "$[0].status")).isEqualTo("DELIVERED");
            assertThat((Integer) JsonPath.read(json, "$[0].attempts")).isEqualTo(2);
            List<Map<String, Object>> attempts = JsonPath.read(json, "$[0].attemptLog");
            assertThat(attempts).extracting(a -> a.get("outcome")).containsExactly("FAILED", "SUCCEEDED");
            assertThat(attempts).extracting(a -> a.get("responseCode")).containsExactly(503, 200);
            assertThat(attempts.get(0).get("error")).asString().contains("503");
            assertThat(attempts).allSatisfy(a -> assertThat(((Number) a.get("durationMillis")).longValue()).isNotNegative());
        }
    }

    @Test
    void receiverThatIsDownIsTriedAgainWithGrowingWaitsUntilItAnswers() throws Exception {
        WebhookReceiver gone = WebhookReceiver.start();
        String url = gone.url();
        gone.close();
        long hook = Json.longAt(register(url, List.of()), "$.id");
        publishing.published(publishing.column(null, "宕机新闻", ColumnKind.LIST), "宕机时的通告");

        dispatcher.deliverDue();
        clock.advance(Duration.ofSeconds(30));
        dispatcher.deliverDue();
        clock.advance(Duration.ofSeconds(59));
        dispatcher.deliverDue();

        String json = Json.body(mvc.get().uri("/api/admin/webhooks/{id}/deliveries", hook)
                .header(HttpHeaders.AUTHORIZATION, admin).exchange());
        assertThat((String) JsonPath.read(json, "$[0].status")).isEqualTo("PENDING");
        List<Map<String, Object>> attempts = JsonPath.read(json, "$[0].attemptLog");
        assertThat(attempts).hasSize(2).allSatisfy(a -> {
            assertThat(a.get("outcome")).isEqualTo("FAILED");
            assertThat(a.get("responseCode")).isNull();
            assertThat(a.get("error")).asString().isNotBlank();
        });
        assertThat((String) JsonPath.read(json, "$[0].nextAttemptAt"))
                .isEqualTo(clock.instant().minusSeconds(59).plusSeconds(60).toString());
    }

    @Test
    void publishUpdateAndUnpublishAreToldOnlyToWebhooksThatAskedForThem() throws Exception {
        try (WebhookReceiver all = WebhookReceiver.start(); WebhookReceiver offline = WebhookReceiver.start()) {
            register(all.url(), List.of());
            register(offline.url(), List.of("item.unpublished"));
            Column news = publishing.column(null, "事件新闻", ColumnKind.LIST);
            Column hidden = publishing.hide(publishing.column(null, "隐藏栏目", ColumnKind.LIST));
            long id = publishing.published(news, "事件通告");
            publishing.revised(id, "未审的修改");
            publishing.draft(news, "草稿");
            publishing.published(hidden, "隐藏栏目的通告");
            publishing.republished(id, "修订后的事件通告");
            publishing.unpublish(id);

            dispatcher.deliverDue();

            assertThat(all.received()).extracting(r -> r.header("Lanmu-Event"))
                    .containsExactlyInAnyOrder("item.published", "item.updated", "item.unpublished");
            assertThat(all.received()).noneMatch(r -> r.text().contains("隐藏栏目的通告") || r.text().contains("未审"));
            assertThat(offline.received()).extracting(r -> r.header("Lanmu-Event")).containsExactly("item.unpublished");
        }
    }

    @Test
    void movingAnOnlineItemToAnotherColumnIsAnUpdate() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Column from = publishing.column(null, "原栏目", ColumnKind.LIST);
            Column to = publishing.column(null, "新栏目", ColumnKind.LIST);
            long id = publishing.published(from, "将移动的通告");
            dispatcher.deliverDue();
            register(receiver.url(), List.of("item.updated"));
            Item item = catalog.find(id, site.approver()).item();
            Actor editor = site.editorOf(from, to);

            editing.revise(id, new ItemChanges(item.getVersion(), to.getId(), null, null, null, null, null, null, null,
                    null, null, null, null, null, null), editor);
            dispatcher.deliverDue();

            WebhookReceiver.Received moved = only(receiver.received());
            assertThat(moved.header("Lanmu-Event")).isEqualTo("item.updated");
            assertThat(((Number) JsonPath.read(moved.text(), "$.item.columnId")).longValue()).isEqualTo(to.getId());
        }
    }

    @Test
    void webhooksAreManagedByAdminsWithProblemsForBadInput() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            long hook = Json.longAt(register(receiver.url(), List.of("item.published")), "$.id");

            assertThat(register("ftp://example.com/hook", List.of())).hasStatus(422);
            MvcTestResult unknownEvent = register(receiver.url(), List.of("item.deleted"));
            assertThat(unknownEvent).hasStatus(422);
            assertThat(unknownEvent.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(Json.stringAt(unknownEvent, "$.detail")).contains("item.deleted");
            assertThat(register("not a url", List.of())).hasStatus(422);
            assertThat(mvc.post().uri("/api/admin/webhooks").header(HttpHeaders.AUTHORIZATION,
                    tokens.bearer(site.approver())).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"url\":\"" + receiver.url() + "\"}").exchange()).hasStatus(403);

            MvcTestResult changed = mvc.put().uri("/api/admin/webhooks/{id}", hook).header(HttpHeaders.AUTHORIZATION, admin)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false,\"description\":\"停用\"}")
                    .exchange();
            assertThat(changed).hasStatusOk();
            assertThat((Boolean) JsonPath.read(Json.body(changed), "$.enabled")).isFalse();
            assertThat(Json.stringAt(changed, "$.url")).isEqualTo(receiver.url());
            assertThat(mvc.get().uri("/api/admin/webhooks").header(HttpHeaders.AUTHORIZATION, admin).exchange())
                    .hasStatusOk().bodyJson().extractingPath("$[*].id").asArray().contains((int) hook);
            assertThat(mvc.delete().uri("/api/admin/webhooks/{id}", hook).header(HttpHeaders.AUTHORIZATION, admin)
                    .exchange()).hasStatus(204);
            assertThat(mvc.get().uri("/api/admin/webhooks/{id}", hook).header(HttpHeaders.AUTHORIZATION, admin)
                    .exchange()).hasStatus(404);
        }
    }

    private MvcTestResult register(String url, List<String> events) {
        String list = events.stream().map(e -> "\"" + e + "\"").collect(java.util.stream.Collectors.joining(","));
        return mvc.post().uri("/api/admin/webhooks").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"" + url + "\",\"events\":[" + list + "],\"description\":\"测试接收端\"}").exchange();
    }

    private int pending(long hook) {
        return jdbc.queryForObject("select count(*) from webhook_delivery where webhook_id = ? and status = 'PENDING'",
                Integer.class, hook);
    }

    private static WebhookReceiver.Received only(List<WebhookReceiver.Received> received) {
        assertThat(received).hasSize(1);
        return received.getFirst();
    }
}
