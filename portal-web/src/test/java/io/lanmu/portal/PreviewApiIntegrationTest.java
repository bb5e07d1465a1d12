package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnKind;
import io.lanmu.item.Item;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import io.lanmu.web.ApiTest;
import io.lanmu.web.ApiTokensForTests;
import io.lanmu.web.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Preview links: an editor or approver gets a signed link that shows a draft as its item page will look, to anyone,
 * until it expires; a tampered or expired link answers 404; a preview is never kept or indexed.
 */
@ApiTest
@Import({Publishing.class, DatabaseCalls.class})
class PreviewApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Publishing publishing;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DatabaseCalls database;

    @Autowired
    TestClock clock;

    @Autowired
    io.lanmu.item.ItemAttachments attachments;

    Pages pages;

    @BeforeEach
    void setUp() {
        clock.reset();
        pages = new Pages(mvc);
    }

    @Test
    void linkShowsTheDraftToAnyoneWithoutSigningIn() {
        Column news = publishing.column(null, "预览新闻", ColumnKind.LIST);
        Item draft = publishing.draft(news, "尚未发布的预览草稿");

        MvcTestResult issued = issue(draft.getId(), tokens.bearer(site.editorOf(news)));

        assertThat(issued).hasStatus(201);
        String url = Json.stringAt(issued, "$.url");
        assertThat(url).startsWith("http://localhost/preview/");
        assertThat(Instant.parse(Json.stringAt(issued, "$.expiresAt"))).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        Document page = pages.html(path(url));
        assertThat(page.select("h1").text()).isEqualTo("尚未发布的预览草稿");
        assertThat(page.select(".body").text()).isEqualTo("尚未发布的预览草稿的正文。");
        assertThat(page.select(".breadcrumb").text()).contains("预览新闻");
        assertThat(pages.get("/api/v1/items/" + draft.getId())).hasStatus(404);
        assertThat(pages.get(news.getPath() + "/" + draft.getId() + ".html")).hasStatus(404);
    }

    @Test
    void draftAttachmentsDownloadThroughTheLinkOnly() throws Exception {
        Column news = publishing.column(null, "附件预览", ColumnKind.LIST);
        Item draft = publishing.draft(news, "带附件的草稿");
        Path upload = Files.writeString(Files.createTempFile("lanmu-preview-", ".txt"), "草稿附件的内容");
        var attached = attachments.attach(draft.getId(), "办事指南.txt", upload, null, site.editorOf(news));
        Files.deleteIfExists(upload);
        String path = path(Json.stringAt(issue(draft.getId(), tokens.bearer(site.editorOf(news))), "$.url"));

        String download = pages.html(path).select(".attachments a").attr("href");
        MvcTestResult file = pages.get(download);

        assertThat(download).isEqualTo(path + "/attachments/" + attached.attachment().getId());
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("草稿附件的内容");
        assertThat(file.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(pages.get("/api/v1/items/" + draft.getId() + "/attachments/" + attached.attachment().getId()))
                .hasStatus(404);
        assertThat(pages.get(path + "/attachments/" + (attached.attachment().getId() + 1000))).hasStatus(404);
        assertThat(pages.get(path.substring(0, path.length() - 2) + "AA/attachments/" + attached.attachment().getId()))
                .hasStatus(404);
    }

    @Test
    void linkShowsTheLatestRevisionWhileTheLiveOneStaysPublic() {
        Column news = publishing.column(null, "修订新闻", ColumnKind.LIST);
        long id = publishing.published(news, "已发布的原标题");
        publishing.revised(id, "待审的新标题");

        String url = Json.stringAt(issue(id, tokens.bearer(site.approver())), "$.url");

        assertThat(pages.html(path(url)).select("h1").text()).isEqualTo("待审的新标题");
        assertThat(pages.html(news.getPath() + "/" + id + ".html").select("h1").text()).isEqualTo("已发布的原标题");
    }

    @Test
    void previewIsNeitherKeptNorIndexed() {
        Column news = publishing.column(null, "不缓存新闻", ColumnKind.LIST);
        Item draft = publishing.draft(news, "不可缓存的草稿");
        String path = path(Json.stringAt(issue(draft.getId(), tokens.bearer(site.editorOf(news))), "$.url"));

        pages.get(path);
        int again = database.during(() -> {
            MvcTestResult result = pages.get(path);
            assertThat(result).hasStatusOk();
            assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
            assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
            assertThat(result.getResponse().getHeader("X-Robots-Tag")).isEqualTo("noindex");
            assertThat(Jsoup.parse(Pages.body(result)).select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        });

        assertThat(again).as("a second preview reads the database again: nothing was kept").isPositive();
        assertThat(Jsoup.parse(Pages.body(pages.get(news.getPath() + "/"))).select("meta[name=robots]")).isEmpty();
    }

    @Test
    void tamperedLinkAnswers404() {
        Column news = publishing.column(null, "篡改新闻", ColumnKind.LIST);
        Item draft = publishing.draft(news, "被篡改链接的草稿");
        Item other = publishing.draft(news, "另一篇草稿");
        String token = path(Json.stringAt(issue(draft.getId(), tokens.bearer(site.approver())), "$.url"))
                .substring("/preview/".length());
        String[] parts = token.split("\\.");

        assertThat(pages.get("/preview/" + other.getId() + "." + parts[1] + "." + parts[2] + "." + parts[3]))
                .hasStatus(404);
        assertThat(pages.get("/preview/" + parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86400) + "."
                + parts[3])).hasStatus(404);
        // Another last character, whatever the signature ends in.
        char last = token.charAt(token.length() - 1);
        assertThat(pages.get("/preview/" + token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')))
                .hasStatus(404);
        assertThat(pages.get("/preview/nonsense")).hasStatus(404);
        assertThat(Pages.body(pages.get("/preview/nonsense"))).doesNotContain("被篡改链接的草稿");
        assertThat(pages.get("/preview/" + token)).hasStatusOk();
    }

    @Test
    void expiredLinkAnswers404() {
        Column news = publishing.column(null, "过期新闻", ColumnKind.LIST);
        Item draft = publishing.draft(news, "链接会过期的草稿");
        String path = path(Json.stringAt(issue(draft.getId(), tokens.bearer(site.editorOf(news))), "$.url"));

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(pages.get(path)).hasStatusOk();
        clock.advance(Duration.ofSeconds(1));
        assertThat(pages.get(path)).hasStatus(404);
    }

    @Test
    void onlyEditorsOfTheColumnAndApproversMakeLinks() {
        Column news = publishing.column(null, "权限新闻", ColumnKind.LIST);
        Column other = publishing.column(null, "别的栏目", ColumnKind.LIST);
        Item draft = publishing.draft(news, "权限草稿");

        assertThat(issue(draft.getId(), tokens.bearer(site.editorOf(other)))).hasStatus(403);
        assertThat(issue(draft.getId(), tokens.bearer(site.contributor()))).hasStatus(403);
        assertThat(issue(draft.getId(), null)).hasStatus(401);
        assertThat(issue(draft.getId() + 1000, tokens.bearer(site.approver()))).hasStatus(404);
        MvcTestResult refused = issue(draft.getId(), tokens.bearer(site.contributor()));
        assertThat(refused.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(Json.stringAt(refused, "$.detail")).isNotBlank();
    }

    private MvcTestResult issue(long itemId, String bearer) {
        var request = mvc.post().uri("/api/admin/items/{id}/preview-link", itemId);
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        return request.exchange();
    }

    private static String path(String url) {
        return url.substring("http://localhost".length());
    }
}
