package io.lanmu.extraction;

import static io.lanmu.extraction.Documents.SENTENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.lanmu.extraction.Extraction.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every accepted format, written at test time with Chinese text, gives that text back through real Tika. */
class TextExtractorFormatsTest {

    @TempDir
    static Path directory;

    private static TextExtractor extractor;

    @BeforeAll
    static void startExtractor() {
        extractor = new TextExtractor(ExtractionLimits.DEFAULTS);
    }

    @AfterAll
    static void stopExtractor() {
        extractor.close();
    }

    @Test
    void readsWordDocumentsWithTheirTitleAndAuthor() {
        Extraction extraction = extract(Documents.docx(directory, "通知.docx", SENTENCE));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo(SENTENCE);
        assertThat(extraction.truncated()).isFalse();
        assertThat(extraction.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(extraction.metadata().title()).isEqualTo("政务公开通知");
        assertThat(extraction.metadata().author()).isEqualTo("办公室");
    }

    @Test
    void readsExcelWorkbooks() {
        Extraction extraction = extract(Documents.xlsx(directory, "目录.xlsx", SENTENCE));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo("公开目录\n" + SENTENCE);
        assertThat(extraction.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void readsLegacyExcelWorkbooks() {
        Extraction extraction = extract(Documents.xls(directory, "目录.xls", SENTENCE));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo("公开目录\n" + SENTENCE);
        assertThat(extraction.mediaType()).isEqualTo("application/vnd.ms-excel");
    }

    @Test
    void readsPowerPointPresentations() {
        Extraction extraction = extract(Documents.pptx(directory, "汇报.pptx", SENTENCE));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo(SENTENCE);
    }

    @Test
    void readsLegacyPowerPointPresentations() {
        Extraction extraction = extract(Documents.ppt(directory, "汇报.ppt", SENTENCE));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo(SENTENCE);
        assertThat(extraction.mediaType()).isEqualTo("application/vnd.ms-powerpoint");
    }

    @Test
    void readsPdfsWithAnEmbeddedChineseFont() {
        Extraction extraction = extract(Documents.pdf(directory, "公告.pdf", "政务公开", SENTENCE));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo(SENTENCE);
        assertThat(extraction.metadata()).isEqualTo(new DocumentMetadata("政务公开", null, 1));
    }

    @Test
    void readsUtf8Text() {
        Extraction extraction = extract(Documents.text(directory, "说明.txt", SENTENCE, StandardCharsets.UTF_8));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo(SENTENCE);
    }

    @Test
    void readsGbkText() {
        Path file = Documents.text(directory, "说明.txt", SENTENCE, Charset.forName("GBK"));

        Extraction extraction = extract(file);

        assertThat(extraction.detection().accepted()).isTrue();
        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo(SENTENCE);
    }

    @Test
    void readsHtmlWithoutItsScriptsAndStyles() {
        Extraction extraction = extract(Documents.html(directory, "页面.html", "办事指南", SENTENCE));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo("办事指南\n" + SENTENCE);
        assertThat(extraction.metadata().title()).isEqualTo("办事指南");
    }

    @Test
    void readsKingsoftWpsFilesByTheFormatsTheyHold() {
        Path writer = Documents.docx(directory, "文字.wps", SENTENCE);
        Path spreadsheet = Documents.xls(directory, "表格.et", SENTENCE);
        Path presentation = Documents.ppt(directory, "演示.dps", SENTENCE);

        for (Path file : new Path[] {writer, spreadsheet, presentation}) {
            Extraction extraction = extract(file);
            assertThat(extraction.detection().accepted()).isTrue();
            assertThat(extraction.detection().mislabelled()).as(file.toString()).isFalse();
            assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
            assertThat(extraction.text()).contains(SENTENCE);
        }
    }

    @Test
    void readsTheDocumentsEmbeddedInADocument() {
        Extraction extraction = extract(Documents.nestedDocx(directory, "附件.docx", 2, SENTENCE));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo(SENTENCE + " 第0层\n" + SENTENCE + " 第1层\n" + SENTENCE + " 第2层");
    }

    @Test
    void normalisesWhitespaceAndDropsInvisibleCharacters() throws Exception {
        Path file = Files.writeString(directory.resolve("空白.txt"),
                "\u3000\u3000第一行\t\t内容  结束  \r\n\r\n\r\n  第二行\u200b \u00a0尾部\ufeff  \n");

        assertThat(extract(file).text()).isEqualTo("第一行 内容 结束\n第二行 尾部");
    }

    private static Extraction extract(Path file) {
        return extractor.extract(file, file.getFileName().toString());
    }
}
