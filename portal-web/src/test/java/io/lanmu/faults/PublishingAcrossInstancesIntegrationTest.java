package io.lanmu.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.column.Column;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.Approval;
import io.lanmu.item.Item;
import io.lanmu.item.ItemContent;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.ItemWorkflow;
import io.lanmu.item.NewItem;
import io.lanmu.load.RunningLanmu;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances on one PostgreSQL database, each keeping public answers in memory: what one publishes
 * or unpublishes, the other shows within its poll interval of {@code site_version}. Kept answers would last an hour
 * here, so nothing but {@code site_version} can explain the change reaching the second instance.
 */
class PublishingAcrossInstancesIntegrationTest {

    private static final Map<String, Object> SETTINGS = Map.of("lanmu.web.page-cache.max-age", "1h",
            "lanmu.web.page-cache.poll-interval", "1s", "lanmu.scheduling.enabled", "false");
    /** The poll interval, and time for the count to be written in the background lane, on two busy cores. */
    private static final Duration WITHIN = Duration.ofSeconds(15);

    private final TestClock clock = new TestClock();
    private final SharedPostgresSchema database = new SharedPostgresSchema();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void dropSchema() throws SQLException {
        database.drop();
    }

    @Test
    void anotherInstanceShowsWhatOnePublishedAndUnpublishedWithinItsPollInterval() throws Exception {
        try (RunningLanmu one = RunningLanmu.start(SETTINGS, database, new SharedClock(clock));
                RunningLanmu two = RunningLanmu.start(SETTINGS, database, new SharedClock(clock))) {
            Column news = one.bean(TestSite.class).listColumn("跨实例新闻");
            publish(one, news, "第一条跨实例通告");
            String list = two.baseUrl() + "/api/v1/columns/" + news.getId() + "/items";
            String page = two.baseUrl() + news.getPath() + "/";
            assertThat(get(list)).contains("第一条跨实例通告");
            assertThat(get(page)).contains("第一条跨实例通告");
            JdbcTemplate jdbc = new JdbcTemplate(one.bean(DataSource.class));
            long version = siteVersion(jdbc);

            long second = publish(one, news, "第二条跨实例通告");

            await().atMost(WITHIN).until(() -> get(list).contains("第二条跨实例通告"));
            await().atMost(WITHIN).until(() -> get(page).contains("第二条跨实例通告"));
            assertThat(get(list)).contains("第一条跨实例通告");
            assertThat(siteVersion(jdbc)).isGreaterThan(version);
            String item = two.baseUrl() + "/api/v1/items/" + second;
            assertThat(status(item)).isEqualTo(200);

            one.bean(ItemWorkflow.class).unpublish(second, null, one.bean(TestSite.class).approver());

            await().atMost(WITHIN).until(() -> status(item) == 404);
            await().atMost(WITHIN).until(() -> !get(list).contains("第二条跨实例通告"));
        }
    }

    static long publish(RunningLanmu lanmu, Column column, String title) {
        TestSite site = lanmu.bean(TestSite.class);
        ItemWorkflow workflow = lanmu.bean(ItemWorkflow.class);
        Item item = lanmu.bean(ItemEditing.class).create(new NewItem(column.getId(), InformationCategory.GENERAL, null,
                new ItemContent(title, null, "<p>" + title + "的正文。</p>", null, null, List.of(), null, null, null,
                        null, List.of())), site.editorOf(column));
        workflow.submit(item.getId(), null, site.editorOf(column));
        return workflow.approve(item.getId(), Approval.now(), site.approver()).getId();
    }

    private static long siteVersion(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select version from site_version", Long.class);
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
