package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnKind;
import io.lanmu.testsupport.TestClock;
import io.lanmu.web.ApiTest;
import io.lanmu.web.Json;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Attachment downloads revalidate like pages: by their hash (ETag) or by their upload time (Last-Modified). */
@ApiTest
@Import(Publishing.class)
class AttachmentRevalidationApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Publishing publishing;

    @Autowired
    TestClock clock;

    @Test
    void downloadAnswers304ToIfModifiedSinceAndIfNoneMatch() {
        clock.reset();
        Column guides = publishing.column(null, "下载指南", ColumnKind.LIST);
        long id = publishing.publishedWithFile(guides, "带附件的指南", "指南.txt", "附件正文");
        long attachment = Json.longAt(mvc.get().uri("/api/v1/items/{id}", id).exchange(), "$.attachments[0].id");
        String url = "/api/v1/items/%d/attachments/%d".formatted(id, attachment);

        MvcTestResult file = mvc.get().uri(url).exchange();
        String lastModified = file.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        String etag = file.getResponse().getHeader(HttpHeaders.ETAG);
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minus(Duration.ofMinutes(1)));

        assertThat(file).hasStatusOk();
        assertThat(lastModified).isNotBlank();
        assertThat(mvc.get().uri(url).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified).exchange()).hasStatus(304);
        assertThat(mvc.get().uri(url).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
        MvcTestResult changedSince = mvc.get().uri(url).header(HttpHeaders.IF_MODIFIED_SINCE, earlier).exchange();
        assertThat(changedSince).hasStatusOk();
        assertThat(Pages.body(changedSince)).isEqualTo("附件正文");
    }
}
