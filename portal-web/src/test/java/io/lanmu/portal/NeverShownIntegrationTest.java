package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnKind;
import io.lanmu.testsupport.TestClock;
import io.lanmu.web.ApiTest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Nothing that is not published in a visible column reaches a visitor: after setting up a draft, an item in
 * review, a scheduled item, an unpublished item and an item in a hidden column, a crawl of every link from the
 * home page, the sitemap and the feeds finds none of their titles, and their addresses answer 404.
 */
@ApiTest
@Import(Publishing.class)
class NeverShownIntegrationTest {

    private static final Duration INDEXED = Duration.ofSeconds(60);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Publishing publishing;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noPageFeedSitemapOrSearchShowsWhatIsNotPublished() {
        clock.reset();
        Column open = publishing.column(null, "公开栏目", ColumnKind.LIST);
        Column hidden = publishing.column(null, "隐藏栏目", ColumnKind.LIST);
        long visible = publishing.published(open, "可见通告甲乙丙");
        Map<String, Long> secrets = new LinkedHashMap<>();
        secrets.put("草稿通告壹贰叁", publishing.draft(open, "草稿通告壹贰叁").getId());
        secrets.put("审核中通告肆伍陆", publishing.inReview(open, "审核中通告肆伍陆").getId());
        secrets.put("定时通告柒捌玖", publishing.scheduled(open, "定时通告柒捌玖",
                TestClock.START.plus(Duration.ofDays(3))));
        secrets.put("撤下通告拾佰仟", publishing.unpublished(open, "撤下通告拾佰仟"));
        secrets.put("隐藏栏目通告万亿兆", publishing.published(hidden, "隐藏栏目通告万亿兆"));
        publishing.hide(hidden);
        Pages pages = new Pages(mvc);
        await().atMost(INDEXED).untilAsserted(() -> assertThat(Pages.body(pages.get("/search?q=可见通告甲乙丙")))
                .contains(open.getPath() + "/" + visible + ".html"));
        await().atMost(INDEXED).until(() -> jdbc.queryForObject("select count(*) from event_publication",
                Integer.class) == 0);

        Map<String, String> crawled = crawl(pages, List.of("/", "/sitemap.xml", "/feed.xml"));

        assertThat(crawled).containsKeys(open.getPath() + "/", open.getPath() + "/feed.xml",
                open.getPath() + "/" + visible + ".html");
        assertThat(String.join("\n", crawled.values())).contains("可见通告甲乙丙");
        crawled.forEach((path, body) -> assertThat(body).as(path).doesNotContain(secrets.keySet()));
        assertThat(crawled.keySet()).noneMatch(path -> path.startsWith(hidden.getPath()));
        secrets.forEach((title, id) -> {
            assertThat(pages.get(open.getPath() + "/" + id + ".html")).as(title).hasStatus(404);
            assertThat(pages.get(hidden.getPath() + "/" + id + ".html")).as(title).hasStatus(404);
            // The search page repeats the query itself; what matters is that no hit is the item.
            Document search = pages.html("/search?q=" + title);
            assertThat(search.select("ol.hit-list").text()).as(title).doesNotContain(title);
            assertThat(search.select("a[href$=/" + id + ".html]")).as(title).isEmpty();
        });
        assertThat(pages.get(hidden.getPath() + "/")).hasStatus(404);
        assertThat(pages.get(hidden.getPath() + "/feed.xml")).hasStatus(404);
    }

    /** Every same-site address reachable from the starting points, with the body it answered. */
    private static Map<String, String> crawl(Pages pages, List<String> starts) {
        Map<String, String> seen = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            if (seen.containsKey(path) || seen.size() > 500) {
                continue;
            }
            MvcTestResult answer = pages.get(path);
            String body = Pages.body(answer);
            seen.put(path, body);
            int status = answer.getResponse().getStatus();
            assertThat(status).as(path).isIn(200, 301, 302);
            links(path, body, answer.getResponse().getContentType()).stream()
                    .filter(link -> !seen.containsKey(link)).forEach(queue::addLast);
        }
        return seen;
    }

    private static List<String> links(String path, String body, String contentType) {
        boolean xml = contentType != null && contentType.contains("xml");
        Document document = xml ? Jsoup.parse(body, "http://localhost" + path, Parser.xmlParser())
                : Jsoup.parse(body, "http://localhost" + path);
        List<String> found = new java.util.ArrayList<>(document.select("loc").eachText());
        document.select("a[href], link[href]").forEach(link -> found.add(link.absUrl("href")));
        return found.stream().filter(url -> url.startsWith("http://localhost/"))
                .map(url -> url.substring("http://localhost".length()))
                .filter(link -> !link.startsWith("/api/") && !link.startsWith("/search")).distinct().toList();
    }
}
