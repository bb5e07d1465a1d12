package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.Column;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The item part of the management API, including the fixed contract outside scripts rely on, and the
 * public item endpoint.
 */
@ApiTest
class ItemApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokensForTests tokens;

    Column notices;
    String editor;
    String approver;

    @BeforeEach
    void setUp() {
        clock.reset();
        notices = site.listColumn("通知公告");
        editor = tokens.bearer(site.editorOf(notices));
        approver = tokens.bearer(site.approver());
    }

    @Test
    void createAnswersTheContractShapeWithTheDueTimeOfItsCategory() {
        MvcTestResult created = create("关于开展2026年度个人所得税汇算清缴的通告", "IMPORTANT");

        assertThat(created).hasStatus(201).hasHeader(HttpHeaders.LOCATION, "/api/admin/items/" + id(created));
        assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
        assertThat(created).bodyJson().extractingPath("$.version").isEqualTo(0);
        assertThat(created).bodyJson().extractingPath("$.dueAt")
                .isEqualTo(TestClock.START.plus(Duration.ofHours(12)).toString());
        assertThat(mvc.get().uri("/api/admin/items/" + id(created)).header(HttpHeaders.AUTHORIZATION, editor))
                .hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("关于开展2026年度个人所得税汇算清缴的通告");
    }

    @Test
    void staticColumnUpdatesHaveNoDueTime() {
        MvcTestResult created = create("机构概况", "STATIC_COLUMN_UPDATE");

        assertThat(created).bodyJson().extractingPath("$.dueAt").isNull();
        assertThat(created).bodyJson().extractingPath("$.deadline.state").isEqualTo("NONE");
    }

    @Test
    void wholeWorkflowThroughTheApiEndsInPublicReading() {
        long id = id(create("办税服务厅春节假期安排", "GENERAL"));
        assertThat(mvc.get().uri("/api/v1/items/" + id)).hasStatus(404);

        assertThat(step(id, "submit", editor, null)).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("IN_REVIEW");
        assertThat(step(id, "reject", approver, "{\"comment\": \"请补充假期后首个工作日的安排\"}")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("CHANGES_REQUESTED");
        long version = version(mvc.get().uri("/api/admin/items/" + id).header(HttpHeaders.AUTHORIZATION, editor)
                .exchange());
        assertThat(put(id, editor, """
                {"columnId": %d, "title": "办税服务厅春节假期安排（修订）", "body": "<p>2月24日起恢复正常办公。</p>",
                 "category": "GENERAL", "version": %d}""".formatted(notices.getId(), version))).hasStatusOk();
        step(id, "submit", editor, null);
        assertThat(step(id, "approve", approver, null)).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("PUBLISHED");

        MvcTestResult live = mvc.get().uri("/api/v1/items/" + id).exchange();
        assertThat(live).hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("办税服务厅春节假期安排（修订）");
        assertThat(live).bodyJson().extractingPath("$.columnId").isEqualTo(notices.getId().intValue());
        assertThat(live).bodyJson().extractingPath("$.category").isEqualTo("GENERAL");
        assertThat(live).bodyJson().extractingPath("$.publishedAt").isEqualTo(TestClock.START.toString());
        assertThat(live).bodyJson().extractingPath("$.body").isEqualTo("<p>2月24日起恢复正常办公。</p>");

        assertThat(step(id, "unpublish", approver, null)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/items/" + id)).hasStatus(404);
    }

    @Test
    void liveItemWithAPendingDraftReportsLiveWithDraft() {
        long id = id(create("办税服务厅服务时间调整", "GENERAL"));
        step(id, "submit", editor, null);
        MvcTestResult approved = step(id, "approve", approver, null);
        assertThat(approved).bodyJson().extractingPath("$.publication").isEqualTo("LIVE");

        assertThat(put(id, editor, body("办税服务厅服务时间调整（修订）", version(approved)))).hasStatusOk();

        MvcTestResult item = mvc.get().uri("/api/admin/items/" + id).header(HttpHeaders.AUTHORIZATION, editor)
                .exchange();
        assertThat(item).bodyJson().extractingPath("$.publication").isEqualTo("LIVE_WITH_DRAFT");
        assertThat(item).bodyJson().extractingPath("$.review").isEqualTo("DRAFT");
        assertThat(item).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
        assertThat(item).bodyJson().extractingPath("$.live").isEqualTo(true);
        assertThat(mvc.get().uri("/api/admin/items?status=DRAFT&live=true&size=100").header(HttpHeaders.AUTHORIZATION, editor))
                .bodyJson().extractingPath("$.items[?(@.id == %d)].publication".formatted(id))
                .asArray().containsExactly("LIVE_WITH_DRAFT");
        assertThat(mvc.get().uri("/api/v1/items/" + id)).hasStatusOk().bodyJson().extractingPath("$.title")
                .isEqualTo("办税服务厅服务时间调整");
    }

    @Test
    void approveWithAFuturePublishAtSchedulesTheItem() {
        long id = id(create("元旦假期办税安排", "GENERAL"));
        step(id, "submit", editor, null);

        MvcTestResult scheduled = step(id, "approve", approver,
                "{\"publishAt\": \"" + TestClock.START.plus(Duration.ofHours(3)) + "\"}");

        assertThat(scheduled).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("SCHEDULED");
        assertThat(scheduled).bodyJson().extractingPath("$.review").isEqualTo("APPROVED");
        assertThat(scheduled).bodyJson().extractingPath("$.publication").isEqualTo("SCHEDULED");
        assertThat(mvc.get().uri("/api/v1/items/" + id)).hasStatus(404);
    }

    @Test
    void staleSaveGets409WithTheCurrentVersionAndChangesNothing() {
        long id = id(create("原标题", "GENERAL"));
        assertThat(put(id, editor, body("第一次修改", 0))).hasStatusOk();

        MvcTestResult stale = put(id, editor, body("第二次修改（基于旧版本）", 0));

        assertThat(stale).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stale).bodyJson().extractingPath("$.currentVersion").isEqualTo(1);
        assertThat(stale).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(mvc.get().uri("/api/admin/items/" + id).header(HttpHeaders.AUTHORIZATION, editor)).bodyJson()
                .extractingPath("$.title").isEqualTo("第一次修改");
    }

    @Test
    void putWithoutAVersionIsRefused() {
        long id = id(create("原标题", "GENERAL"));

        MvcTestResult result = put(id, editor, """
                {"columnId": %d, "title": "无版本号的修改", "body": "<p>x</p>", "category": "GENERAL"}"""
                .formatted(notices.getId()));

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.field").isEqualTo("version");
    }

    @Test
    void badInputAnswersAClearProblemNamingTheField() {
        assertField(post("""
                {"columnId": %d, "title": "  ", "body": "<p>x</p>", "category": "GENERAL"}""".formatted(notices.getId())),
                422, "title");
        assertField(post("""
                {"columnId": %d, "title": "%s", "body": "<p>x</p>", "category": "GENERAL"}"""
                .formatted(notices.getId(), "长".repeat(201))), 422, "title");
        assertField(post("""
                {"columnId": 999999, "title": "标题", "body": "<p>x</p>", "category": "GENERAL"}"""), 422, "columnId");
        assertField(post("""
                {"columnId": %d, "title": "标题", "body": "<p>x</p>", "category": "URGENT"}""".formatted(notices.getId())),
                400, "category");
        assertField(post("""
                {"columnId": %d, "title": "标题", "body": "%s", "category": "GENERAL"}"""
                .formatted(notices.getId(), "文".repeat(700_000))), 422, "body");
        assertThat(mvc.get().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, editor)).bodyJson()
                .extractingPath("$.totalElements").isEqualTo(0);
    }

    @Test
    void malformedJsonAndWrongContentTypeAreRefused() {
        assertThat(mvc.post().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": ")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("body-unreadable");
        assertThat(mvc.post().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.TEXT_PLAIN).content("title=x")).hasStatus(415)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void illegalTransitionsAnswer409AndChangeNothing() {
        long id = id(create("草稿", "GENERAL"));

        MvcTestResult approveDraft = step(id, "approve", approver, null);

        assertThat(approveDraft).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("transition-not-allowed");
        assertThat(mvc.get().uri("/api/admin/items/" + id).header(HttpHeaders.AUTHORIZATION, editor)).bodyJson()
                .extractingPath("$.status").isEqualTo("DRAFT");
    }

    @Test
    void editorsAndContributorsCannotTakeApproverSteps() {
        long id = id(create("待审核信息", "GENERAL"));
        step(id, "submit", editor, null);
        String contributor = tokens.bearer(site.contributor());

        assertThat(step(id, "approve", editor, null)).hasStatus(403).bodyJson().extractingPath("$.code")
                .isEqualTo("role-required");
        assertThat(step(id, "approve", contributor, null)).hasStatus(403);
        assertThat(step(id, "unpublish", editor, null)).hasStatus(403);
        assertThat(mvc.get().uri("/api/admin/items/" + id).header(HttpHeaders.AUTHORIZATION, approver)).bodyJson()
                .extractingPath("$.status").isEqualTo("IN_REVIEW");
    }

    @Test
    void unknownItemsAnswer404() {
        assertThat(mvc.get().uri("/api/admin/items/424242").header(HttpHeaders.AUTHORIZATION, editor)).hasStatus(404)
                .bodyJson().extractingPath("$.code").isEqualTo("item-not-found");
        assertThat(step(424242, "submit", editor, null)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/items/424242")).hasStatus(404);
    }

    @Test
    void managementApiNeedsAValidToken() {
        MvcTestResult anonymous = mvc.get().uri("/api/admin/items").exchange();
        assertThat(anonymous).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        assertThat(mvc.get().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, "Bearer lmu_forged"))
                .hasStatus(401).bodyJson().extractingPath("$.code").isEqualTo("invalid-token");
    }

    @Test
    void problemsSpeakChineseByDefaultAndEnglishOnRequest() {
        assertThat(mvc.get().uri("/api/admin/items/424242").header(HttpHeaders.AUTHORIZATION, editor)).bodyJson()
                .extractingPath("$.detail").isEqualTo("信息 424242 不存在。");
        assertThat(mvc.get().uri("/api/admin/items/424242").header(HttpHeaders.AUTHORIZATION, editor)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")).bodyJson().extractingPath("$.detail")
                .isEqualTo("There is no item 424242.");
    }

    private MvcTestResult create(String title, String category) {
        return post("""
                {"columnId": %d, "title": "%s", "body": "<p>正文</p>", "category": "%s"}"""
                .formatted(notices.getId(), title, category));
    }

    private MvcTestResult post(String json) {
        return mvc.post().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private MvcTestResult put(long id, String token, String json) {
        return mvc.put().uri("/api/admin/items/" + id).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private MvcTestResult step(long id, String action, String token, String json) {
        var request = mvc.post().uri("/api/admin/items/" + id + "/" + action).header(HttpHeaders.AUTHORIZATION, token);
        return json == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private String body(String title, long version) {
        return """
                {"columnId": %d, "title": "%s", "body": "<p>正文</p>", "category": "GENERAL", "version": %d}"""
                .formatted(notices.getId(), title, version);
    }

    private static void assertField(MvcTestResult result, int status, String field) {
        assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
    }

    private static long id(MvcTestResult result) {
        return Json.longAt(result, "$.id");
    }

    private static long version(MvcTestResult result) {
        return Json.longAt(result, "$.version");
    }

}
