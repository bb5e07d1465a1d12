package io.lanmu.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.background.EventCatchUp;
import io.lanmu.column.Column;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.Scope;
import io.lanmu.search.indexing.IndexReconciliation;
import io.lanmu.search.querylog.QueryLog;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import io.lanmu.web.ApiTest;
import io.lanmu.web.ApiTokensForTests;
import io.lanmu.web.Json;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Search through the whole application: the index follows the workflow, drafts stay out of public
 * search, editors find their own drafts, and an engine outage loses nothing. Runs on each engine (see
 * the subclasses).
 */
@ApiTest
@Import(SwitchableSearchEngineConfiguration.class)
@TestPropertySource(properties = "lanmu.search.probe-interval=PT0.2S")
abstract class SearchIntegrationTests {

    // Generous: on a busy shared machine the node may take its time; a passing wait ends as soon as it holds.
    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    SwitchableSearchEngine engine;

    @Autowired
    EventCatchUp catchUp;

    @Autowired
    IndexReconciliation reconciliation;

    @Autowired
    QueryLog queryLog;

    @Autowired
    JdbcTemplate jdbc;

    Column notices;
    String editor;
    String approver;
    String admin;

    @BeforeEach
    void setUp() {
        clock.reset();
        notices = site.listColumn("通知公告");
        editor = tokens.bearer(site.editorOf(notices));
        approver = tokens.bearer(site.approver());
        admin = tokens.bearer(site.admin());
    }

    @AfterEach
    void restoreEngine() {
        engine.comeBack();
    }

    @Test
    void approvedItemIsFoundByChineseWordsWithHighlights() {
        long id = publish("关于车船税年度申报缴纳的通告", "<p>车船税纳税人应当在2026年12月31日前完成年度申报。</p>");

        await().atMost(INDEXED).untilAsserted(() -> assertThat(search("/api/v1/search?q=车船税"))
                .bodyJson().extractingPath("$.hits[0].id").isEqualTo((int) id));
        MvcTestResult found = search("/api/v1/search?q=年度申报");
        assertThat(found).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(found).bodyJson().extractingPath("$.hits[0].highlights.body[0]").asString()
                .contains("<em>申报</em>");
        assertThat(found).bodyJson().extractingPath("$.facets.categories.GENERAL").isEqualTo(1);
    }

    @Test
    void draftsAreNeverFoundPubliclyButEditorsFindTheirOwn() {
        long draft = create("契税减免政策问答（草稿）", "<p>首套住房契税减免的适用条件。</p>");

        await().atMost(INDEXED).untilAsserted(() -> assertThat(mvc.get().uri("/api/admin/search?q=契税")
                .header(HttpHeaders.AUTHORIZATION, editor)).bodyJson().extractingPath("$.hits[0].id")
                .isEqualTo((int) draft));
        assertThat(search("/api/v1/search?q=契税")).bodyJson().extractingPath("$.total").isEqualTo(0);
        String otherEditor = tokens.bearer(site.editorOf(site.listColumn("人事信息")));
        assertThat(mvc.get().uri("/api/admin/search?q=契税").header(HttpHeaders.AUTHORIZATION, otherEditor))
                .bodyJson().extractingPath("$.total").isEqualTo(0);
    }

    @Test
    void unpublishingAndHidingTakeItemsOutOfPublicSearch() {
        long unpublished = publish("印花税申报期限提醒", "<p>印花税按季申报。</p>");
        long hiddenLater = publish("房产税减免申请指南", "<p>房产税困难减免的申请材料。</p>");
        await().atMost(INDEXED).untilAsserted(() -> assertThat(search("/api/v1/search?q=印花税")).bodyJson()
                .extractingPath("$.total").isEqualTo(1));

        step(unpublished, "unpublish", approver);
        hideColumn();

        await().atMost(INDEXED).untilAsserted(() -> {
            assertThat(search("/api/v1/search?q=印花税")).bodyJson().extractingPath("$.total").isEqualTo(0);
            assertThat(search("/api/v1/search?q=房产税")).bodyJson().extractingPath("$.total").isEqualTo(0);
        });
        assertThat(hiddenLater).isPositive();
    }

    @Test
    void editsDuringAnOutageReachTheIndexWhenTheEngineReturns() {
        engine.goDown();
        long id = publish("出口退税申报系统升级公告", "<p>出口退税申报系统将于周末升级。</p>");

        assertThat(search("/api/v1/search?q=出口退税")).hasStatus(503).bodyJson().extractingPath("$.code")
                .isEqualTo("search-unavailable");
        assertThat(mvc.get().uri("/api/v1/items/" + id)).hasStatusOk();

        engine.comeBack();
        // The registry dates publications with the application's clock; retries wait until they are old enough.
        clock.advance(Duration.ofMinutes(1));
        await().atMost(INDEXED).untilAsserted(() -> {
            catchUp.catchUp();
            assertThat(search("/api/v1/search?q=出口退税")).bodyJson().extractingPath("$.hits[0].id")
                    .isEqualTo((int) id);
        });
    }

    @Test
    void reconciliationFindsAndRepairsADocumentMissingFromTheIndex() {
        long id = publish("研发费用加计扣除政策解读", "<p>研发费用加计扣除比例提高到100%。</p>");
        await().atMost(INDEXED).untilAsserted(() -> assertThat(search("/api/v1/search?q=加计扣除")).bodyJson()
                .extractingPath("$.total").isEqualTo(1));
        awaitIndexingSettled();
        engine.deleteItems(List.of(id));

        MvcTestResult check = mvc.get().uri("/api/admin/search/reconciliation").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange();
        assertThat(check).bodyJson().extractingPath("$.missingSample").asArray()
                .contains(SearchDocument.idOf(Scope.PUBLIC, id));
        assertThat(mvc.post().uri("/api/admin/search/reconciliation/repair").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatusOk();

        assertThat(search("/api/v1/search?q=加计扣除")).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(reconciliation.check().missing()).isZero();
    }

    @Test
    void rebuildReportsProgressAndKeepsEverythingFindable() {
        publish("个人所得税综合所得汇算清缴公告", "<p>汇算清缴办理时间为3月1日至6月30日。</p>");
        await().atMost(INDEXED).untilAsserted(() -> assertThat(search("/api/v1/search?q=汇算清缴")).bodyJson()
                .extractingPath("$.total").isEqualTo(1));

        assertThat(mvc.post().uri("/api/admin/search/rebuild").header(HttpHeaders.AUTHORIZATION, admin)).hasStatus(202);

        await().atMost(INDEXED).untilAsserted(() -> assertThat(mvc.get().uri("/api/admin/search/rebuild")
                .header(HttpHeaders.AUTHORIZATION, admin)).bodyJson().extractingPath("$.state").isEqualTo("DONE"));
        MvcTestResult progress = mvc.get().uri("/api/admin/search/rebuild").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange();
        assertThat(Json.longAt(progress, "$.done")).isEqualTo(Json.longAt(progress, "$.total"));
        assertThat(search("/api/v1/search?q=汇算清缴")).bodyJson().extractingPath("$.total").isEqualTo(1);
    }

    @Test
    void statusShowsTheIndexFormatAndThatItIsUnknownDuringAnOutage() {
        int wanted = engine.format().wanted();
        MvcTestResult status = mvc.get().uri("/api/admin/search/status").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange();
        assertThat(status).bodyJson().extractingPath("$.format.current").isEqualTo(wanted);
        assertThat(status).bodyJson().extractingPath("$.format.outdated").isEqualTo(false);

        engine.goDown();

        // Availability is what the engine's last probe found, a fraction of a second ago at most.
        await().atMost(INDEXED).untilAsserted(() -> {
            MvcTestResult down = mvc.get().uri("/api/admin/search/status").header(HttpHeaders.AUTHORIZATION, admin)
                    .exchange();
            assertThat(down).hasStatusOk().bodyJson().extractingPath("$.available").isEqualTo(false);
            assertThat(down).bodyJson().extractingPath("$.format.current").isNull();
            assertThat(down).bodyJson().extractingPath("$.format.wanted").isEqualTo(wanted);
        });
    }

    @Test
    void statusAnswersWhileTheEngineIsFrozen() throws Exception {
        engine.freeze();
        try {
            CompletableFuture<MvcTestResult> status = CompletableFuture.supplyAsync(() -> mvc.get()
                    .uri("/api/admin/search/status").header(HttpHeaders.AUTHORIZATION, admin).exchange());
            // A ceiling, not a threshold: before the fix the request waited for the engine until it was thawed.
            assertThat(status.get(60, TimeUnit.SECONDS)).hasStatusOk().bodyJson().extractingPath("$.format.wanted")
                    .isEqualTo(engine.wantedFormat());
        }
        finally {
            engine.thaw();
        }
    }

    @Test
    void publicQueriesAreLoggedWithoutPersonalData() {
        search("/api/v1/search?q=  ＰＤＦ 下载  ");
        search("/api/v1/search?q=联系电话 13912345678");
        queryLog.flush();

        MvcTestResult report = mvc.get().uri("/api/admin/search/queries?from=2026-11-01&to=2026-11-30")
                .header(HttpHeaders.AUTHORIZATION, approver).exchange();

        assertThat(report).bodyJson().extractingPath("$.withoutResults[*].query").asArray()
                .contains("pdf 下载", "联系电话 [number]");
    }

    @Test
    void anAdminsSynonymAppliesToTheNextSearchWithoutARebuild() {
        // Visitors type pinyin initials too; nothing of the document reads so.
        long id = publishedAndFoundNotBy("关于城市维护建设税申报的提示", "城市维护建设税", "cjs");

        MvcTestResult added = mvc.post().uri("/api/admin/search/synonyms").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"term\": \"CJS\", \"alternatives\": [\"城市维护建设税\"], "
                        + "\"source\": \"《中华人民共和国城市维护建设税法》\"}").exchange();

        assertThat(added).hasStatus(201).bodyJson().extractingPath("$.term").isEqualTo("cjs");
        MvcTestResult found = search("/api/v1/search?q=cjs");
        assertThat(found).bodyJson().extractingPath("$.hits[0].id").isEqualTo((int) id);
        assertThat(found).bodyJson().extractingPath("$.related").asArray().contains("城市维护建设税");
        queryLog.flush();
        assertThat(mvc.get().uri("/api/admin/search/queries?from=2026-11-01&to=2026-11-30")
                .header(HttpHeaders.AUTHORIZATION, admin)).bodyJson()
                .extractingPath("$.rescued[?(@.query == 'cjs')].rescues[0]").asArray().containsExactly("SYNONYM");

        long entry = Json.longAt(added, "$.id");
        assertThat(mvc.delete().uri("/api/admin/search/synonyms/" + entry).header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(204);
        assertThat(search("/api/v1/search?q=cjs")).bodyJson().extractingPath("$.total").isEqualTo(0);
    }

    @Test
    void aSynonymAnotherInstanceAddedAppliesOnceItsVersionIsRead() {
        long id = publishedAndFoundNotBy("关于残疾人就业保障金征收的通告", "残疾人就业保障金", "cjrbzj");

        // What another instance's POST leaves in the shared database; this instance hears of it only from there.
        jdbc.update("insert into search_synonym (term, alternatives, source, added_by, added_at) "
                + "values ('cjrbzj', '残疾人就业保障金', 'test', 'admin', current_timestamp)");
        jdbc.update("update search_dictionary_version set version = version + 1 where id = 1");
        try {
            await().atMost(INDEXED).untilAsserted(() -> assertThat(search("/api/v1/search?q=cjrbzj"))
                    .bodyJson().extractingPath("$.hits[0].id").isEqualTo((int) id));
        }
        finally {
            jdbc.update("delete from search_synonym where term = 'cjrbzj'");
            jdbc.update("update search_dictionary_version set version = version + 1 where id = 1");
        }
    }

    @Test
    void refusesSynonymsThatBreakTheRulesWithProblemDetails() {
        MvcTestResult blank = addSynonym(admin,
                "{\"term\": \" \", \"alternatives\": [\"个人所得税\"], \"source\": \"法\"}");
        assertThat(blank).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(blank).bodyJson().extractingPath("$.field").isEqualTo("term");
        assertThat(addSynonym(admin, "{\"term\": \"个税\", \"alternatives\": [], \"source\": \"\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.field").isEqualTo("source");
        assertThat(addSynonym(editor,
                "{\"term\": \"税票\", \"alternatives\": [\"完税证明\"], \"source\": \"x\"}"))
                .hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String entry = "{\"term\": \"税票\", \"alternatives\": [\"完税证明\"], \"source\": \"《税收票证管理办法》\"}";
        MvcTestResult first = addSynonym(admin, entry);
        assertThat(first).hasStatus(201);
        try {
            assertThat(addSynonym(admin, entry)).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        finally {
            mvc.delete().uri("/api/admin/search/synonyms/" + Json.longAt(first, "$.id"))
                    .header(HttpHeaders.AUTHORIZATION, admin).exchange();
        }
        assertThat(mvc.delete().uri("/api/admin/search/synonyms/999999").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/admin/search/synonyms").header(HttpHeaders.AUTHORIZATION, admin))
                .bodyJson().extractingPath("$[?(@.term == '个税')].alternatives[0]").asArray()
                .containsExactly("个人所得税");
    }

    @Test
    void suggestionsCompleteWhatVisitorsType() {
        publish("增值税小规模纳税人减免政策问答", "<p>月销售额10万元以下免征增值税。</p>");

        await().atMost(INDEXED).untilAsserted(() -> assertThat(mvc.get().uri("/api/v1/suggest?q=增值"))
                .bodyJson().extractingPath("$.suggestions").asArray().contains("增值税小规模纳税人减免政策问答"));
    }

    private long publish(String title, String body) {
        long id = create(title, body);
        step(id, "submit", editor);
        assertThat(step(id, "approve", approver)).hasStatusOk();
        return id;
    }

    private long create(String title, String body) {
        MvcTestResult created = mvc.post().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"columnId\": %d, \"title\": \"%s\", \"body\": \"%s\", \"category\": \"GENERAL\"}"
                        .formatted(notices.getId(), title, body))
                .exchange();
        assertThat(created).hasStatus(201);
        return Json.longAt(created, "$.id");
    }

    private MvcTestResult step(long id, String action, String token) {
        return mvc.post().uri("/api/admin/items/" + id + "/" + action).header(HttpHeaders.AUTHORIZATION, token)
                .exchange();
    }

    private void hideColumn() {
        long version = Json.longAt(mvc.get().uri("/api/admin/columns/" + notices.getId())
                .header(HttpHeaders.AUTHORIZATION, admin).exchange(), "$.version");
        assertThat(mvc.put().uri("/api/admin/columns/" + notices.getId()).header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"visible\": false, \"version\": " + version + "}"))
                .hasStatusOk();
    }

    /** Waits until every index update has run: completed publications leave the registry. */
    private void awaitIndexingSettled() {
        await().atMost(INDEXED).until(() -> jdbc.queryForObject("select count(*) from event_publication",
                Integer.class) == 0);
    }

    /** An item published about {@code words}, once found by them, and not found by {@code otherwise}. */
    private long publishedAndFoundNotBy(String title, String words, String otherwise) {
        long id = publish(title, "<p>" + words + "按期申报缴纳。</p>");
        await().atMost(INDEXED).untilAsserted(() -> assertThat(search("/api/v1/search?q=" + words))
                .bodyJson().extractingPath("$.hits[0].id").isEqualTo((int) id));
        assertThat(search("/api/v1/search?q=" + otherwise)).bodyJson().extractingPath("$.total").isEqualTo(0);
        return id;
    }

    private MvcTestResult addSynonym(String token, String json) {
        return mvc.post().uri("/api/admin/search/synonyms").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    @Test
    void relatedSearchesOfferOnlyWhatManyVisitorsSearchedWithoutLongNumbers() {
        for (int visitor = 0; visitor < 5; visitor++) {
            queryLog.record("城市停车收费标准", 3, 1);
            queryLog.record("城市停车 第123456号", 3, 1);
        }
        queryLog.record("城市停车场在哪里", 3, 1);
        queryLog.flush();
        // Earlier queries are read again at most every ten minutes.
        clock.advance(Duration.ofMinutes(11));

        MvcTestResult found = search("/api/v1/search?q=城市停车");

        assertThat(found).bodyJson().extractingPath("$.related").asArray().contains("城市停车收费标准")
                .doesNotContain("城市停车 第123456号", "城市停车场在哪里");
    }

    private MvcTestResult search(String uri) {
        return mvc.get().uri(uri).exchange();
    }

}
