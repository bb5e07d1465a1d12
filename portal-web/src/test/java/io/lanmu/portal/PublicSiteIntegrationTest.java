package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnKind;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.ItemContent;
import io.lanmu.shared.SiteProperties;
import io.lanmu.testsupport.TestClock;
import io.lanmu.web.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The public site's pages on fixtures of their own: what each page shows, where addresses lead, and the pages
 * visitors get when something is not there.
 */
@ApiTest
@Import(Publishing.class)
@TestPropertySource(properties = {"lanmu.portal.page-size=2", "lanmu.portal.home-items=3"})
class PublicSiteIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Publishing publishing;

    @Autowired
    TestClock clock;

    Pages pages;

    @BeforeEach
    void setUp() {
        clock.reset();
        pages = new Pages(mvc);
    }

    @Test
    void homeListsNewestItemsPerColumnImportantFirstWithASearchBox() {
        Column notices = publishing.column(null, "首页通知", ColumnKind.LIST);
        publishing.published(notices, Publishing.content("关于延长申报期限的紧急通知", "<p>紧急。</p>", null),
                InformationCategory.IMPORTANT);
        publishing.published(notices, "办税服务厅周末照常办公");

        MvcTestResult answer = pages.get("/");
        Document home = pages.html("/");

        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        Element block = home.select("section.block").stream()
                .filter(section -> section.selectFirst("h2").text().equals("首页通知")).findFirst().orElseThrow();
        assertThat(block.select("ul.entries li a").eachText())
                .containsSubsequence("关于延长申报期限的紧急通知", "办税服务厅周末照常办公");
        assertThat(block.select("li.important .badge").text()).isEqualTo("重要");
        assertThat(block.select("time").eachText()).allMatch(day -> day.matches("\\d{4}-\\d{2}-\\d{2}"));
        Element search = home.selectFirst("form[role=search]");
        assertThat(search.attr("action")).isEqualTo("/search");
        assertThat(home.selectFirst("label[for=site-search]")).isNotNull();
        assertThat(home.select("nav.site-nav a").eachText()).contains("首页", "首页通知");
        // The strict policy allows the theme's own files only, so nothing may be inline.
        assertThat(answer).headers().hasValue("Content-Security-Policy", io.lanmu.web.SiteHeaders.SITE_POLICY);
        assertThat(home.select("script:not([src]), style, [style]")).isEmpty();
    }

    @Test
    void pagesSpeakTheSiteLanguageWhateverTheBrowserAsksFor() throws Exception {
        Column notices = publishing.column(null, "通知公告", ColumnKind.LIST);
        publishing.published(notices, "办税服务厅春节期间安排");

        MvcTestResult english = mvc.get().uri("/").header(HttpHeaders.ACCEPT, "text/html")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9").exchange();
        Document home = Jsoup.parse(Pages.body(english));

        // The content is Chinese, so the frame around it is too, and says so for screen readers.
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(home.selectFirst("a.skip-link").text()).isEqualTo("跳到正文");
        // The API's messages still follow the browser.
        String problem = mvc.get().uri("/api/v1/items/999999999").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(problem).contains("\"status\":404").doesNotContainPattern("[\\u4e00-\\u9fff]");
    }

    @Test
    void listColumnShowsItsItemsPageByPage() {
        Column news = publishing.column(null, "新闻动态", ColumnKind.LIST);
        Column work = publishing.column(news, "工作动态", ColumnKind.LIST);
        publishing.published(news, "第一条动态");
        publishing.published(work, "第二条动态");
        publishing.published(news, "第三条动态");
        String path = news.getPath() + "/";

        Document first = pages.html(path);
        Document second = pages.html(first.selectFirst("a[rel=next]").attr("href"));

        assertThat(first.selectFirst("h1").text()).isEqualTo("新闻动态");
        assertThat(first.select("ul.entries a").eachText()).containsExactly("第三条动态", "第二条动态");
        assertThat(first.select("nav.children a").eachAttr("href")).containsExactly(work.getPath() + "/");
        assertThat(second.select("ul.entries a").eachText()).containsExactly("第一条动态");
        assertThat(second.selectFirst(".pager span").text()).isEqualTo("第 2 页，共 2 页");
        assertThat(pages.get(path + "?page=3")).hasStatus(404);
    }

    @Test
    void itemPageShowsTitleBreadcrumbSourceDateDocumentFieldsBodyAndFiles() {
        Column open = publishing.column(null, "政务公开", ColumnKind.LIST);
        Column policy = publishing.column(open, "政策文件", ColumnKind.LIST);
        long id = publishing.published(policy, new ItemContent("关于印发《纳税服务规范》的通知", "摘要",
                "<p>各区县税务局：</p><p>现将规范印发给你们。</p>", "办公室", "青川市税务局办公室", List.of(),
                "青税发〔2026〕12号", "青川市税务局", LocalDate.of(2026, 11, 20), "11500000MB0000000X/2026-00012",
                List.of()), InformationCategory.GENERAL);
        long withFile = publishing.publishedWithFile(policy, "办税指南下载", "办税指南.txt", "纳税人办税指南全文");

        Document item = pages.html(policy.getPath() + "/" + id + ".html");
        Document download = pages.html(policy.getPath() + "/" + withFile + ".html");

        assertThat(item.selectFirst("h1").text()).isEqualTo("关于印发《纳税服务规范》的通知");
        assertThat(item.select("nav.breadcrumb a").eachText()).containsExactly("首页", "政务公开", "政策文件");
        assertThat(item.selectFirst(".source").text()).isEqualTo("青川市税务局办公室");
        LocalDate day = LocalDate.ofInstant(TestClock.START, SiteProperties.defaultTimeZone());
        assertThat(item.selectFirst(".meta time").text()).isEqualTo(day.toString());
        assertThat(item.select("table.document th").eachText()).containsExactly("索引号", "文号", "发文机关", "成文日期");
        assertThat(item.select("table.document td").eachText()).containsExactly("11500000MB0000000X/2026-00012",
                "青税发〔2026〕12号", "青川市税务局", "2026-11-20");
        assertThat(item.select(".body p").eachText()).containsExactly("各区县税务局：", "现将规范印发给你们。");
        assertThat(download.select("table.document")).isEmpty();
        Element file = download.selectFirst(".attachments li");
        assertThat(file.selectFirst("a").text()).isEqualTo("办税指南.txt");
        assertThat(file.selectFirst(".file-info").text()).isEqualTo("(TXT, 27 B)");
        assertThat(mvc.get().uri(file.selectFirst("a").attr("href"))).hasStatusOk();
    }

    @Test
    void itemAskedForUnderAnotherColumnIsSentToItsOwnAddress() {
        Column notices = publishing.column(null, "通知公告", ColumnKind.LIST);
        Column other = publishing.column(null, "其他栏目", ColumnKind.LIST);
        long id = publishing.published(notices, "关于调整服务时间的通告");

        MvcTestResult moved = pages.get(other.getPath() + "/" + id + ".html");

        assertThat(moved).hasStatus(301).headers().hasValue(HttpHeaders.LOCATION, notices.getPath() + "/" + id + ".html");
    }

    @Test
    void pageColumnShowsItsPageAndLinkColumnSendsVisitorsOn() {
        Column about = publishing.column(null, "机构概况", ColumnKind.PAGE);
        publishing.published(about, Publishing.content("机构职能", "<p>负责本市税收征管。</p>", null),
                InformationCategory.STATIC_COLUMN_UPDATE);
        Column etax = publishing.column(null, "电子税务局", ColumnKind.LINK);

        Document page = pages.html(about.getPath() + "/");

        assertThat(page.selectFirst("h1").text()).isEqualTo("机构职能");
        assertThat(page.selectFirst(".body").text()).isEqualTo("负责本市税收征管。");
        assertThat(pages.get(etax.getPath() + "/")).hasStatus(302).headers()
                .hasValue(HttpHeaders.LOCATION, etax.getLinkUrl());
    }

    @Test
    void missingPagesAnswerAChinesePageWithTheSiteNavigationWhileTheApiKeepsProblemDetails() {
        Column notices = publishing.column(null, "通知公告", ColumnKind.LIST);

        MvcTestResult item = pages.get(notices.getPath() + "/987654.html");
        MvcTestResult column = pages.get("/no-such-column/");
        MvcTestResult mistyped = pages.get("/no-such-page");
        MvcTestResult api = mvc.get().uri("/api/v1/items/987654").header(HttpHeaders.ACCEPT, "*/*").exchange();

        for (MvcTestResult missing : List.of(item, column, mistyped)) {
            assertThat(missing).hasStatus(404).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
            Document page = Jsoup.parse(Pages.body(missing));
            assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
            // A visitor who followed a stale link goes on from the columns.
            assertThat(page.select("nav.site-nav a").eachText()).contains("首页", "通知公告");
        }
        assertThat(api).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(pages.get(notices.getPath())).hasStatus(301).headers()
                .hasValue(HttpHeaders.LOCATION, notices.getPath() + "/");
    }

    @Test
    void searchPageHighlightsHitsNamesFacetsAndHelpsWhenNothingMatched() {
        Column guide = publishing.column(null, "办税指南", ColumnKind.LIST);
        long id = publishing.published(guide, Publishing.content("契税申报操作指引", "<p>契税纳税人应在签订合同后申报。</p>",
                null), InformationCategory.GENERAL);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(pages.html("/search?q=契税").select("ol.hit-list a").eachAttr("href"))
                        .contains(guide.getPath() + "/" + id + ".html"));
        Document found = pages.html("/search?q=契税&sort=newest");
        Document none = pages.html("/search?q=完全不存在的词语组合");

        assertThat(found.select("ol.hit-list h2 em").eachText()).contains("契税");
        assertThat(found.select(".facets a").eachText()).anyMatch(facet -> facet.startsWith("办税指南 ("))
                .anyMatch(facet -> facet.startsWith("一般信息 ("));
        assertThat(found.selectFirst("#search-sort option[selected]").attr("value")).isEqualTo("newest");
        assertThat(none.selectFirst(".no-results h2").text()).isEqualTo("没有找到相关信息");
        assertThat(none.select("ol.hit-list")).isEmpty();
        assertThat(pages.html("/search?q=个税申报").select("nav.related a").eachText()).contains("个人所得税申报");
    }

    @Test
    void sitemapRobotsAndFeedsListPublishedItems() {
        Column notices = publishing.column(null, "通知公告", ColumnKind.LIST);
        long id = publishing.published(notices, "关于车船税申报的通告");
        String address = "http://localhost" + notices.getPath() + "/" + id + ".html";

        Document sitemap = pages.xml("/sitemap.xml");
        Document site = pages.xml("/feed.xml");
        Document column = pages.xml(notices.getPath() + "/feed.xml");
        String robots = Pages.body(pages.get("/robots.txt"));

        assertThat(sitemap.select("url > loc").eachText()).contains("http://localhost/",
                "http://localhost" + notices.getPath() + "/", address);
        for (Document feed : List.of(site, column)) {
            assertThat(feed.selectFirst("feed").attr("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
            Element entry = feed.select("entry").stream()
                    .filter(candidate -> candidate.selectFirst("title").text().equals("关于车船税申报的通告"))
                    .findFirst().orElseThrow();
            assertThat(entry.selectFirst("link").attr("href")).isEqualTo(address);
            assertThat(entry.selectFirst("published").text()).endsWith("+08:00");
        }
        assertThat(robots).contains("Sitemap: http://localhost/sitemap.xml");
    }
}
