package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.Column;
import io.lanmu.testsupport.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The audit search follows the item's read rule: an item's history (draft titles, rejection comments)
 * is for those who may read the item; the whole trail for admins and approvers.
 */
@ApiTest
class AuditApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokensForTests tokens;

    Column notices;
    String editor;
    long itemId;

    @BeforeEach
    void setUp() {
        notices = site.listColumn("通知公告");
        editor = tokens.bearer(site.editorOf(notices));
        MvcTestResult created = mvc.post().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"columnId": %d, "title": "尚未公开的草稿", "body": "<p>正文</p>", "category": "GENERAL"}"""
                        .formatted(notices.getId())).exchange();
        itemId = Json.longAt(created, "$.id");
    }

    @Test
    void editorOfAnotherColumnCannotReadAnItemsHistoryThroughTheSearch() {
        String stranger = tokens.bearer(site.editorOf(site.listColumn("其他栏目")));

        assertThat(aboutItem(stranger)).hasStatus(403).bodyJson().extractingPath("$.code")
                .isEqualTo("not-assigned-to-column");
    }

    @Test
    void contributorCannotReadAnItemsHistoryThroughTheSearch() {
        String contributor = tokens.bearer(site.contributor());

        assertThat(aboutItem(contributor)).hasStatus(403).bodyJson().extractingPath("$.code")
                .isEqualTo("not-assigned-to-column");
    }

    @Test
    void assignedEditorAndApproverReadTheItemsHistory() {
        assertThat(aboutItem(editor)).hasStatusOk().bodyJson().extractingPath("$.items[0].action")
                .isEqualTo("ItemCreated");
        assertThat(aboutItem(tokens.bearer(site.approver()))).hasStatusOk();
    }

    @Test
    void wholeTrailIsForAdminsAndApproversOnly() {
        assertThat(mvc.get().uri("/api/admin/audit").header(HttpHeaders.AUTHORIZATION, editor)).hasStatus(403);
        assertThat(mvc.get().uri("/api/admin/audit").header(HttpHeaders.AUTHORIZATION, tokens.bearer(site.admin())))
                .hasStatusOk();
    }

    private MvcTestResult aboutItem(String bearer) {
        return mvc.get().uri("/api/admin/audit?subjectType=ITEM&subjectId=" + itemId)
                .header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }
}
