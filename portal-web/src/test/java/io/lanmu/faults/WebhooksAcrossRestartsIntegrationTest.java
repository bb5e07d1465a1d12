package io.lanmu.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.load.RunningLanmu;
import io.lanmu.portal.WebhookReceiver;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import io.lanmu.webhook.WebhookDraft;
import io.lanmu.webhook.Webhooks;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A publication's webhook delivery outlives the instance it happened on: the first instance publishes with its timed
 * jobs off and stops before anything is sent; the second, on the same PostgreSQL database, sends the delivery from
 * its own timed job (the real scheduler, under ShedLock).
 */
class WebhooksAcrossRestartsIntegrationTest {

    private static final Map<String, Object> QUIET = Map.of("lanmu.scheduling.enabled", "false",
            "lanmu.webhooks.allow-private-addresses", "true");
    private static final Map<String, Object> SENDING = Map.of("lanmu.scheduling.enabled", "true",
            "lanmu.webhooks.allow-private-addresses", "true", "lanmu.webhooks.interval", "PT1S");

    private final TestClock clock = new TestClock();
    private final SharedPostgresSchema database = new SharedPostgresSchema();

    @AfterEach
    void dropSchema() throws SQLException {
        database.drop();
    }

    @Test
    void deliveryWrittenBeforeAStopIsSentAfterTheRestart() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            long itemId;
            try (RunningLanmu first = RunningLanmu.start(QUIET, database, new SharedClock(clock))) {
                TestSite site = first.bean(TestSite.class);
                first.bean(Webhooks.class).register(new WebhookDraft(receiver.url(), List.of(), null, null),
                        site.admin());
                itemId = PublishingAcrossInstancesIntegrationTest.publish(first, site.listColumn("重启新闻"), "重启前发布的通告");
            }
            assertThat(receiver.received()).isEmpty();

            try (RunningLanmu second = RunningLanmu.start(SENDING, database, new SharedClock(clock))) {
                await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
            }

            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().getFirst().header("Lanmu-Event")).isEqualTo("item.published");
            assertThat(receiver.received().getFirst().text()).contains("\"id\":" + itemId, "重启前发布的通告");
        }
    }
}
