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
 * Plain-text fields, shown by clients as they are, refuse what would make them read differently from
 * what they are: control characters, bidi overrides and isolates, lone surrogates, blank-looking titles.
 */
@ApiTest
class PlainTextFieldsIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokensForTests tokens;

    Column notices;
    String editor;

    @BeforeEach
    void setUp() {
        notices = site.listColumn("通知公告");
        editor = tokens.bearer(site.editorOf(notices));
    }

    @Test
    void bidiOverrideInTheTitleIsRefused() {
        assertRefused(item("\"title\": \"发票\\u202Egnp.exe\""), "title", "text-bidi-control");
        assertRefused(item("\"title\": \"通知\\u2066隔离\\u2069\""), "title", "text-bidi-control");
    }

    @Test
    void controlCharactersAreRefusedWhereverTheyHide() {
        assertRefused(item("\"title\": \"\\u0007通知\""), "title", "text-control-character");
        assertRefused(item("\"title\": \"通知\", \"author\": \"张三\\u0085\""), "author", "text-control-character");
        assertRefused(item("\"title\": \"通知\", \"source\": \"办公室\\n\""), "source", "text-control-character");
        assertRefused(item("\"title\": \"通知\", \"tags\": [\"好\", \"税\\u0000\"]"), "tags[1]",
                "text-control-character");
        assertRefused(item("\"title\": \"通知\", \"summary\": \"第一段\\u001b[31m\""), "summary",
                "text-control-character");
    }

    @Test
    void summaryMayBreakLinesAndUseTabs() {
        assertThat(item("\"title\": \"通知\", \"summary\": \"第一段\\n第二段\\t完\"")).hasStatus(201)
                .bodyJson().extractingPath("$.summary").isEqualTo("第一段\n第二段\t完");
    }

    @Test
    void loneSurrogateIsRefused() {
        assertRefused(item("\"title\": \"通知\\uD800\""), "title", "text-lone-surrogate");
        assertRefused(item("\"title\": \"通知\", \"summary\": \"\\uDC00\""), "summary", "text-lone-surrogate");
        assertThat(item("\"title\": \"通知 \\uD83D\\uDE00\"")).hasStatus(201);
    }

    @Test
    void titleOfOnlyZeroWidthCharactersIsRefusedAsBlank() {
        assertRefused(item("\"title\": \"\\u200B\\u200C\\u200D\\uFEFF\\u2060\""), "title", "title-blank");
        assertRefused(item("\"title\": \" \\u3000\\u200B \""), "title", "title-blank");
    }

    @Test
    void everyBrokenFieldIsNamedAtOnce() {
        MvcTestResult refused = item("\"title\": \"\\u202E通知\", \"author\": \"\\u0001\", \"tags\": [\"\\u202D\"]");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("title", "author", "tags[0]");
    }

    @Test
    void openApiSaysWhichFieldsArePlainTextAndWhichSanitizedHtml() {
        MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(docs).hasStatusOk().bodyJson().extractingPath("$.components.schemas.ItemResponse.properties.title"
                + ".description").asString().startsWith("Plain text");
        assertThat(docs).bodyJson().extractingPath("$.components.schemas.ItemResponse.properties.body.description")
                .asString().startsWith("Sanitized HTML");
        assertThat(docs).bodyJson().extractingPath("$.components.schemas.Hit.properties.highlights.description")
                .asString().contains("sanitized HTML");
    }

    private void assertRefused(MvcTestResult result, String field, String code) {
        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.errors[0].code").isEqualTo(code);
    }

    private MvcTestResult item(String fields) {
        return mvc.post().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"columnId": %d, "category": "GENERAL", "body": "<p>正文</p>", %s}"""
                        .formatted(notices.getId(), fields)).exchange();
    }
}
