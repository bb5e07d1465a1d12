package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.attachment.AttachmentProperties;
import io.lanmu.column.Column;
import io.lanmu.extraction.Documents;
import io.lanmu.extraction.ProblemDocuments;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Attachments through the API with real files and real Tika: their text becomes searchable, they reach
 * the public only with an approved revision, and files Lanmu cannot read are refused or flagged without
 * losing the item.
 */
@ApiTest
@TestPropertySource(properties = {"lanmu.attachments.max-size=1MB", "lanmu.attachments.max-per-item=2"})
class AttachmentApiIntegrationTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(20);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    AttachmentProperties attachmentSettings;

    @TempDir
    Path files;

    Column guides;
    String editor;
    String approver;

    @BeforeEach
    void setUp() {
        clock.reset();
        guides = site.listColumn("办税指南");
        editor = tokens.bearer(site.editorOf(guides));
        approver = tokens.bearer(site.approver());
    }

    @Test
    void attachmentTextIsSearchableAndTheFileGoesPublicOnlyWithTheApprovedRevision() throws IOException {
        long item = createItem("跨区域涉税事项报告办理指南");
        Path docx = Documents.docx(files, "办理流程.docx", "纳税人应当在外出经营活动结束后向经营地税务机关填报跨区域涉税事项反馈表。");

        MvcTestResult uploaded = upload(item, docx, DOCX);

        assertThat(uploaded).hasStatus(201).bodyJson().extractingPath("$.item.attachments[0].name")
                .isEqualTo("办理流程.docx");
        long attachment = Json.longAt(uploaded, "$.attachment.id");
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(mvc.get()
                .uri("/api/admin/search?q=反馈表").header(HttpHeaders.AUTHORIZATION, editor)).bodyJson()
                .extractingPath("$.hits[0].matchedAttachments[0]").isEqualTo("办理流程.docx"));
        assertThat(mvc.get().uri("/api/v1/items/%d/attachments/%d".formatted(item, attachment))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/search?q=反馈表")).bodyJson().extractingPath("$.total").isEqualTo(0);

        publish(item);

        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(mvc.get().uri("/api/v1/search?q=反馈表"))
                .bodyJson().extractingPath("$.hits[0].matchedAttachments[0]").isEqualTo("办理流程.docx"));
        MvcTestResult download = mvc.get().uri("/api/v1/items/%d/attachments/%d".formatted(item, attachment))
                .exchange();
        assertThat(download).hasStatusOk().hasContentType(DOCX);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(docx));
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        assertThat(mvc.get().uri("/api/v1/items/" + item)).bodyJson().extractingPath("$.attachments[0].id")
                .isEqualTo((int) attachment);
    }

    @Test
    void encryptedFileIsKeptButItsTextIsReportedUnreadable() {
        long item = createItem("纳税信用评价结果查询");
        Path encrypted = ProblemDocuments.encryptedPdf(files, "评价结果.pdf", "纳税信用等级A级名单", "secret");

        MvcTestResult uploaded = upload(item, encrypted, "application/pdf");

        assertThat(uploaded).hasStatus(201);
        long attachment = Json.longAt(uploaded, "$.attachment.id");
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(mvc.get()
                .uri("/api/admin/items/%d/attachments/%d".formatted(item, attachment))
                .header(HttpHeaders.AUTHORIZATION, editor)).bodyJson().extractingPath("$.extraction")
                .isEqualTo("ENCRYPTED"));
        assertThat(mvc.get().uri("/api/admin/items/" + item).header(HttpHeaders.AUTHORIZATION, editor)).hasStatusOk()
                .bodyJson().extractingPath("$.attachments[0].extraction").isEqualTo("ENCRYPTED");
    }

    @Test
    void executableDisguisedAsPdfIsRefusedAndNothingIsStored() {
        long item = createItem("发票查验平台使用说明");
        Path fake = ProblemDocuments.windowsExecutable(files, "查验工具.pdf");

        MvcTestResult refused = upload(item, fake, "application/pdf");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("attachment-type-refused");
        assertThat(mvc.get().uri("/api/admin/items/" + item).header(HttpHeaders.AUTHORIZATION, editor)).bodyJson()
                .extractingPath("$.revision").isEqualTo(1);
    }

    @Test
    void fileOverTheSizeLimitIsRefusedAndTheItemIsUnchanged() throws IOException {
        long item = createItem("年度汇算操作手册");
        Path large = files.resolve("手册.txt");
        Files.writeString(large, "个人所得税年度汇算操作步骤说明。".repeat(30_000));

        MvcTestResult refused = upload(item, large, "text/plain");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("attachment-too-large");
        assertThat(mvc.get().uri("/api/admin/items/" + item).header(HttpHeaders.AUTHORIZATION, editor)).bodyJson()
                .extractingPath("$.attachments").asArray().isEmpty();
    }

    @Test
    void removingAnAttachmentWritesARevisionWithoutIt() {
        long item = createItem("社保费缴费基数申报指南");
        long attachment = Json.longAt(upload(item, Documents.docx(files, "申报表.docx", "缴费基数申报表填写说明"), DOCX),
                "$.attachment.id");

        MvcTestResult removed = mvc.delete().uri("/api/admin/items/%d/attachments/%d".formatted(item, attachment))
                .header(HttpHeaders.AUTHORIZATION, editor).exchange();

        assertThat(removed).hasStatusOk().bodyJson().extractingPath("$.attachments").asArray().isEmpty();
        assertThat(removed).bodyJson().extractingPath("$.revision").isEqualTo(3);
        assertThat(mvc.get().uri("/api/admin/items/%d/revisions/2".formatted(item))
                .header(HttpHeaders.AUTHORIZATION, editor)).bodyJson().extractingPath("$.content.attachmentIds[0]")
                .isEqualTo((int) attachment);
    }

    @Test
    void deletingADraftDeletesItsAttachmentsAndTheirFiles() throws IOException {
        long item = createItem("待删除的草稿");
        upload(item, Documents.docx(files, "草稿附件.docx", "草稿附件正文"), DOCX);
        assertThat(storedFiles(item)).hasSize(1);
        long version = Json.longAt(mvc.get().uri("/api/admin/items/" + item).header(HttpHeaders.AUTHORIZATION, editor)
                .exchange(), "$.version");

        assertThat(mvc.delete().uri("/api/admin/items/%d?version=%d".formatted(item, version))
                .header(HttpHeaders.AUTHORIZATION, editor)).hasStatus(204);

        assertThat(mvc.get().uri("/api/admin/items/" + item).header(HttpHeaders.AUTHORIZATION, editor)).hasStatus(404);
        assertThat(storedFiles(item)).isEmpty();
    }

    @Test
    void uploadRefusedAfterItsFileWasStoredLeavesNoFileBehind() throws IOException {
        long item = createItem("附件上限");
        upload(item, Documents.docx(files, "一.docx", "第一份"), DOCX);
        upload(item, Documents.docx(files, "二.docx", "第二份"), DOCX);

        MvcTestResult refused = upload(item, Documents.docx(files, "三.docx", "第三份"), DOCX);

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("too-many-attachments");
        assertThat(storedFiles(item)).hasSize(2);
    }

    @Test
    void downloadsAreSandboxedAndHtmlNamedAsPdfIsRefused() throws IOException {
        long item = createItem("下载头");
        Path page = Files.writeString(files.resolve("公告.html"), "<!DOCTYPE html><html><body><p>公告</p></body></html>");
        MvcTestResult uploaded = upload(item, page, "text/html");
        long attachment = Json.longAt(uploaded, "$.attachment.id");

        assertThat(mvc.get().uri("/api/admin/items/%d/attachments/%d/content".formatted(item, attachment))
                .header(HttpHeaders.AUTHORIZATION, editor)).hasStatusOk()
                .hasHeader("Content-Security-Policy", "sandbox");
        Path disguised = Files.writeString(files.resolve("公告.pdf"),
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        assertThat(upload(item, disguised, "application/pdf")).hasStatus(422);
    }

    private List<Path> storedFiles(long item) throws IOException {
        Path folder = attachmentSettings.directory().resolve(String.valueOf(item));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var listed = Files.list(folder)) {
            return listed.toList();
        }
    }

    private long createItem(String title) {
        MvcTestResult created = mvc.post().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"columnId\": %d, \"title\": \"%s\", \"body\": \"<p>见附件。</p>\", \"category\": \"GENERAL\"}"
                        .formatted(guides.getId(), title))
                .exchange();
        assertThat(created).hasStatus(201);
        return Json.longAt(created, "$.id");
    }

    private MvcTestResult upload(long item, Path file, String type) {
        try {
            return mvc.post().uri("/api/admin/items/%d/attachments".formatted(item))
                    .header(HttpHeaders.AUTHORIZATION, editor).multipart()
                    .file(new MockMultipartFile("file", file.getFileName().toString(), type, Files.readAllBytes(file)))
                    .exchange();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void publish(long item) {
        mvc.post().uri("/api/admin/items/%d/submit".formatted(item)).header(HttpHeaders.AUTHORIZATION, editor).exchange();
        assertThat(mvc.post().uri("/api/admin/items/%d/approve".formatted(item)).header(HttpHeaders.AUTHORIZATION,
                approver)).hasStatusOk();
    }
}
