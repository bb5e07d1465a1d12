package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnKind;
import io.lanmu.search.querylog.QueryLog;
import io.lanmu.testsupport.TestClock;
import io.lanmu.web.ApiTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Public pages and public API reads served from memory: a kept answer is served again without the database, with a
 * strong ETag that revalidates; publishing and unpublishing show at once; drafts and items in review never appear.
 */
@ApiTest
@Import({Publishing.class, DatabaseCalls.class})
class PageCacheApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Publishing publishing;

    @Autowired
    DatabaseCalls database;

    @Autowired
    TestClock clock;

    @Autowired
    QueryLog queryLog;

    @Autowired
    JdbcTemplate jdbc;

    Pages pages;

    @BeforeEach
    void setUp() {
        clock.reset();
        pages = new Pages(mvc);
    }

    @Test
    void keptAnswerIsServedAgainWithoutTheDatabaseAndRevalidatedByItsEtag() {
        Column news = publishing.column(null, "缓存新闻", ColumnKind.LIST);
        long id = publishing.published(news, "缓存的通告");

        for (String path : List.of("/", news.getPath() + "/", item(news, id), "/api/v1/items/" + id,
                "/api/v1/columns", "/api/v1/columns/" + news.getId() + "/items")) {
            AtomicReference<MvcTestResult> first = new AtomicReference<>();
            AtomicReference<MvcTestResult> again = new AtomicReference<>();

            int miss = database.during(() -> first.set(pages.get(path)));
            int hit = database.during(() -> again.set(pages.get(path)));
            MvcTestResult revalidated = mvc.get().uri(path)
                    .header(HttpHeaders.IF_NONE_MATCH, first.get().getResponse().getHeader(HttpHeaders.ETAG)).exchange();

            assertThat(miss).as(path).isPositive();
            assertThat(hit).as(path).isZero();
            assertThat(first.get()).as(path).hasStatusOk();
            assertThat(again.get()).as(path).hasStatusOk();
            assertThat(Pages.body(again.get())).as(path).isEqualTo(Pages.body(first.get()));
            String etag = again.get().getResponse().getHeader(HttpHeaders.ETAG);
            assertThat(etag).as(path).matches("\"[0-9a-f]{64}\"")
                    .isEqualTo(first.get().getResponse().getHeader(HttpHeaders.ETAG));
            assertThat(again.get().getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as(path)
                    .isEqualTo("max-age=60, public");
            assertThat(again.get().getResponse().getHeader("Content-Security-Policy")).as(path).isNotBlank()
                    .isEqualTo(first.get().getResponse().getHeader("Content-Security-Policy"));
            assertThat(again.get().getResponse().getContentType()).as(path)
                    .isEqualTo(first.get().getResponse().getContentType());
            assertThat(revalidated).as(path).hasStatus(304);
            assertThat(Pages.body(revalidated)).as(path).isEmpty();
        }
    }

    @Test
    void publishingShowsAtOnceOnEveryPublicView() {
        Column news = publishing.column(null, "即时新闻", ColumnKind.LIST);
        long first = publishing.published(news, "第一条即时通告");
        List<String> views = List.of("/", news.getPath() + "/", "/api/v1/columns/" + news.getId() + "/items");
        views.forEach(this::keep);
        keep(item(news, first));
        keep("/api/v1/items/" + first);

        long second = publishing.published(news, "第二条即时通告");
        publishing.republished(first, "第一条即时通告（修订）");

        views.forEach(view -> assertThat(Pages.body(pages.get(view))).as(view).contains("第二条即时通告",
                "第一条即时通告（修订）"));
        assertThat(Pages.body(pages.get(item(news, first)))).contains("第一条即时通告（修订）");
        assertThat(Pages.body(pages.get("/api/v1/items/" + first))).contains("第一条即时通告（修订）");
        assertThat(pages.get(item(news, second))).hasStatusOk();
    }

    @Test
    void unpublishingRemovesAnItemAtOnce() {
        Column news = publishing.column(null, "撤下新闻", ColumnKind.LIST);
        long id = publishing.published(news, "即将撤下的通告");
        List<String> lists = List.of("/", news.getPath() + "/", "/api/v1/columns/" + news.getId() + "/items");
        lists.forEach(this::keep);
        keep(item(news, id));
        keep("/api/v1/items/" + id);

        publishing.unpublish(id);

        lists.forEach(view -> assertThat(Pages.body(pages.get(view))).as(view).doesNotContain("即将撤下的通告"));
        assertThat(pages.get(item(news, id))).hasStatus(404);
        assertThat(pages.get("/api/v1/items/" + id)).hasStatus(404);
    }

    @Test
    void draftsAndItemsInReviewNeverAppear() {
        Column news = publishing.column(null, "草稿新闻", ColumnKind.LIST);
        long live = publishing.published(news, "已发布的通告");
        List<String> views = List.of("/", news.getPath() + "/", item(news, live), "/api/v1/items/" + live,
                "/api/v1/columns/" + news.getId() + "/items");
        views.forEach(this::keep);

        long draft = publishing.draft(news, "尚未发布的草稿").getId();
        long inReview = publishing.inReview(news, "正在审核的通告").getId();
        publishing.revised(live, "已发布通告的未审草稿");

        for (String view : views) {
            pages.get(view);
            assertThat(Pages.body(pages.get(view))).as(view).contains("已发布的通告")
                    .doesNotContain("尚未发布的草稿", "正在审核的通告", "已发布通告的未审草稿");
        }
        for (long hidden : List.of(draft, inReview)) {
            assertThat(pages.get(item(news, hidden))).hasStatus(404);
            assertThat(pages.get("/api/v1/items/" + hidden)).hasStatus(404);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=", "/api/v1/search?q="})
    void searchServedFromMemoryIsStillCountedInTheQueryLog(String search) {
        String query = "cached" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String path = search + query;
        MvcTestResult first = pages.get(path);

        int calls = database.during(() -> pages.get(path));
        queryLog.flush();

        assertThat(first).hasStatusOk();
        assertThat(calls).isZero();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=5, public");
        assertThat(jdbc.queryForObject("select count(*) from search_query where query = ?", Integer.class, query))
                .isEqualTo(2);
    }

    @Test
    void suggestionsAreKeptBrieflyToo() {
        String path = "/api/v1/suggest?q=" + UUID.randomUUID().toString().substring(0, 6);
        MvcTestResult first = pages.get(path);

        int calls = database.during(() -> pages.get(path));

        assertThat(first).hasStatusOk();
        assertThat(calls).isZero();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=5, public");
    }

    @Test
    void requestsWithATokenOrASessionAreNeverAnsweredFromMemory() {
        Column news = publishing.column(null, "令牌新闻", ColumnKind.LIST);
        long id = publishing.published(news, "令牌通告");
        String path = "/api/v1/items/" + id;
        keep(path);

        MvcTestResult withToken = mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
                .exchange();
        int withSession = database.during(() -> mvc.get().uri(path).cookie(new jakarta.servlet.http.Cookie(
                "JSESSIONID", "abc")).exchange());

        assertThat(withToken).hasStatus(401);
        assertThat(withSession).isPositive();
    }

    /** Asks for a view twice, so its answer is kept. */
    private void keep(String path) {
        assertThat(pages.get(path)).as(path).hasStatusOk();
        pages.get(path);
    }

    private static String item(Column column, long id) {
        return column.getPath() + "/" + id + ".html";
    }
}
