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
 * Contributors send information; editors turn it into drafts or decline it; contributors follow it.
 */
@ApiTest
class InboxApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokensForTests tokens;

    Column notices;
    String contributor;
    String editor;

    @BeforeEach
    void setUp() {
        clock.reset();
        notices = site.listColumn("通知公告");
        contributor = tokens.bearer(site.contributor());
        editor = tokens.bearer(site.editorOf(notices));
    }

    @Test
    void acceptedContributionBecomesADraftWhoseDeadlineCountsFromItsArrival() {
        long id = send("{\"kind\": \"INFORMATION\", \"title\": \"年底延时服务安排\", \"body\": \"<p>12月工作日延时至18:30。</p>\"}");
        clock.advance(Duration.ofHours(5));

        MvcTestResult accepted = mvc.post().uri("/api/admin/inbox/" + id + "/accept")
                .header(HttpHeaders.AUTHORIZATION, editor).contentType(MediaType.APPLICATION_JSON)
                .content("{\"columnId\": %d, \"category\": \"IMPORTANT\"}".formatted(notices.getId())).exchange();

        assertThat(accepted).hasStatus(201).bodyJson().extractingPath("$.item.status").isEqualTo("DRAFT");
        String itemUrl = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(mvc.get().uri(itemUrl).header(HttpHeaders.AUTHORIZATION, editor)).bodyJson()
                .extractingPath("$.dueAt").isEqualTo(TestClock.START.plus(Duration.ofHours(12)).toString());
        assertThat(mvc.get().uri("/api/admin/contributions/mine").header(HttpHeaders.AUTHORIZATION, contributor))
                .bodyJson().extractingPath("$[0].status").isEqualTo("ACCEPTED");
    }

    @Test
    void declinedContributionTellsTheContributorWhy() {
        long id = send("{\"kind\": \"SUGGESTION\", \"title\": \"首页增加预约办税入口\"}");

        mvc.post().uri("/api/admin/inbox/" + id + "/decline").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"将在下月改版时统一增加。\"}").exchange();

        MvcTestResult mine = mvc.get().uri("/api/admin/contributions/" + id).header(HttpHeaders.AUTHORIZATION, contributor)
                .exchange();
        assertThat(mine).bodyJson().extractingPath("$.status").isEqualTo("DECLINED");
        assertThat(mine).bodyJson().extractingPath("$.response").isEqualTo("将在下月改版时统一增加。");
    }

    @Test
    void onlyContributorsSendAndOnlyStaffReadTheInbox() {
        MvcTestResult fromEditor = mvc.post().uri("/api/admin/contributions").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"SUGGESTION\", \"title\": \"x\"}")
                .exchange();

        assertThat(fromEditor).hasStatus(403);
        assertThat(mvc.get().uri("/api/admin/inbox").header(HttpHeaders.AUTHORIZATION, contributor)).hasStatus(403);
    }

    private long send(String json) {
        MvcTestResult sent = mvc.post().uri("/api/admin/contributions").header(HttpHeaders.AUTHORIZATION, contributor)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        assertThat(sent).hasStatus(201);
        return Json.longAt(sent, "$.id");
    }
}
