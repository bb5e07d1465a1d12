package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.Column;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import io.lanmu.testsupport.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Malformed input is the client's mistake and answers a 4xx problem naming what was wrong, never a 500.
 */
@ApiTest
class BadInputIntegrationTest {

    private static final String EIGHTY_BYTES = "密码".repeat(13) + "xy"; // 13 × 6 + 2 bytes in UTF-8

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokensForTests tokens;

    Column notices;
    String editor;
    String admin;

    @BeforeEach
    void setUp() {
        notices = site.listColumn("通知公告");
        editor = tokens.bearer(site.editorOf(notices));
        admin = tokens.bearer(site.admin());
    }

    @Test
    void nullInAListIsRefusedNamingTheElement() {
        assertUnreadable(json(mvc.post().uri("/api/admin/items"), editor, """
                {"columnId": %d, "category": "GENERAL", "title": "通知", "tags": ["好", null]}"""
                .formatted(notices.getId())), "tags[1]");
        assertUnreadable(json(mvc.post().uri("/api/admin/items"), editor, """
                {"columnId": %d, "category": "GENERAL", "title": "通知", "attachmentIds": [null]}"""
                .formatted(notices.getId())), "attachmentIds[0]");
        Actor other = site.person("editor", Role.EDITOR);
        assertUnreadable(json(mvc.put().uri("/api/admin/users/" + other.userId() + "/columns"), admin,
                "{\"columnIds\": [null]}"), "columnIds[0]");
    }

    @Test
    void pageBeyondAnyPossibleOffsetIsRefused() {
        assertThat(mvc.get().uri("/api/admin/items?page=2147483647&size=100").header(HttpHeaders.AUTHORIZATION, editor))
                .hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("page-too-deep");
        assertThat(mvc.get().uri("/api/admin/audit?page=2147483647").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("page-too-deep");
    }

    @Test
    void searchDeeperThanTenThousandHitsIsRefused() {
        assertThat(mvc.get().uri("/api/v1/search?q=税&page=2147483647")).hasStatus(422).bodyJson()
                .extractingPath("$.code").isEqualTo("search-too-deep");
        assertThat(mvc.get().uri("/api/v1/search?q=税&page=1000&size=10")).hasStatus(422);
        assertThat(mvc.get().uri("/api/v1/search?q=税&page=999&size=10")).hasStatusOk();
    }

    @Test
    void sizeBeyondAnIntegerIsABadRequest() {
        assertThat(mvc.get().uri("/api/v1/search?q=税&size=99999999999")).hasStatus(400).bodyJson()
                .extractingPath("$.field").isEqualTo("size");
    }

    @Test
    void passwordOverBcryptsSeventyTwoBytesIsRefusedEverywhere() {
        assertThat(EIGHTY_BYTES.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(80);
        assertTooLong(json(mvc.post().uri("/api/admin/users"), admin, """
                {"username": "longpw", "password": "%s", "roles": ["EDITOR"]}""".formatted(EIGHTY_BYTES)));
        Actor someone = site.person("editor", Role.EDITOR);
        assertTooLong(json(mvc.put().uri("/api/admin/users/" + someone.userId() + "/password"), admin,
                "{\"password\": \"%s\"}".formatted(EIGHTY_BYTES)));
        assertTooLong(json(mvc.post().uri("/api/auth/tokens"), null,
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(someone.username(), EIGHTY_BYTES)));
    }

    @Test
    void nulInAnUploadsFileNameIsABadRequest() {
        MvcTestResult created = json(mvc.post().uri("/api/admin/items"), editor, """
                {"columnId": %d, "category": "GENERAL", "title": "附件", "body": "<p>正文</p>"}"""
                .formatted(notices.getId()));

        MvcTestResult upload = mvc.post().uri("/api/admin/items/%d/attachments".formatted(Json.longAt(created, "$.id")))
                .header(HttpHeaders.AUTHORIZATION, editor).multipart()
                .file(new MockMultipartFile("file", "通知\u0000.exe.txt", "text/plain", "正文".getBytes())).exchange();

        assertThat(upload).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("file-name-invalid");
    }

    private void assertUnreadable(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo(field);
        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    private static void assertTooLong(MvcTestResult result) {
        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("password-too-long");
    }

    private MvcTestResult json(MockMvcTester.MockMvcRequestBuilder request, String bearer, String body) {
        if (bearer != null) {
            request.header(HttpHeaders.AUTHORIZATION, bearer);
        }
        return request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
