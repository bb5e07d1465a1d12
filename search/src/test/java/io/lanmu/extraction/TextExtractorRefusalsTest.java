package io.lanmu.extraction;

import static io.lanmu.extraction.Documents.SENTENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.lanmu.extraction.Detection.Verdict;
import io.lanmu.extraction.Extraction.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are no readable documents come back as outcomes, never as exceptions. Garbage named as a binary document
 * ({@code .pdf}, {@code .docx}) is CORRUPT: the name claims a document and the bytes are recognisably nothing else, so
 * it is taken for a damaged one. Content that is recognisably something else (an executable, a plain zip archive,
 * binary bytes named {@code .txt}) is UNSUPPORTED whatever the name.
 */
class TextExtractorRefusalsTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
    void reportsAPdfWithAUserPasswordAsEncrypted() {
        Extraction extraction = extract(ProblemDocuments.encryptedPdf(directory, "加密.pdf", SENTENCE, "secret"));

        assertThat(extraction.outcome()).isEqualTo(Outcome.ENCRYPTED);
        assertThat(extraction.text()).isNull();
    }

    @Test
    void acceptsAnEncryptedWordDocumentButReportsItAsEncrypted() {
        Path file = ProblemDocuments.encryptedDocx(directory, "加密.docx", SENTENCE, "secret");

        Detection detection = extractor.detect(file, "加密.docx");
        Extraction extraction = extract(file);

        assertThat(detection.accepted()).isTrue();
        assertThat(detection.mislabelled()).isFalse();
        assertThat(detection.mediaType()).isEqualTo("application/x-tika-ooxml-protected");
        assertThat(extraction.outcome()).isEqualTo(Outcome.ENCRYPTED);
    }

    @Test
    void reportsATruncatedPdfAsCorrupt() {
        Path whole = Documents.pdf(directory, "完整.pdf", null, SENTENCE);

        Extraction extraction = extract(ProblemDocuments.truncated(whole, directory, "残缺.pdf"));

        assertThat(extraction.outcome()).isEqualTo(Outcome.CORRUPT);
        assertThat(extraction.mediaType()).isEqualTo("application/pdf");
        assertThat(extraction.message()).startsWith("The file could not be read as application/pdf");
    }

    @Test
    void reportsATruncatedWordDocumentAsCorrupt() {
        Path whole = Documents.docx(directory, "完整.docx", SENTENCE);

        Extraction extraction = extract(ProblemDocuments.truncated(whole, directory, "残缺.docx"));

        assertThat(extraction.outcome()).isEqualTo(Outcome.CORRUPT);
    }

    @Test
    void reportsGarbageNamedAsADocumentAsCorrupt() {
        assertThat(extract(ProblemDocuments.garbage(directory, "乱码.pdf", 5000)).outcome()).isEqualTo(Outcome.CORRUPT);
        assertThat(extract(ProblemDocuments.garbage(directory, "乱码.docx", 5000)).outcome()).isEqualTo(Outcome.CORRUPT);
    }

    @Test
    void refusesBinaryGarbageNamedAsText() {
        Path file = ProblemDocuments.garbage(directory, "乱码.txt", 5000);

        assertThat(extractor.detect(file, "乱码.txt").accepted()).isFalse();
        assertThat(extract(file).outcome()).isEqualTo(Outcome.UNSUPPORTED);
    }

    @Test
    void readsAWordDocumentNamedAsPdfButCallsItMislabelled() {
        Path file = Documents.docx(directory, "伪装.pdf", SENTENCE);

        Detection detection = extractor.detect(file, "伪装.pdf");
        Extraction extraction = extract(file);

        assertThat(detection).extracting(Detection::mediaType, Detection::nameType, Detection::verdict,
                Detection::mislabelled).containsExactly(DOCX, "application/pdf", Verdict.ACCEPTED, true);
        assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
        assertThat(extraction.text()).isEqualTo(SENTENCE);
    }

    @Test
    void doesNotCallAWordDocumentNamedAsItsOlderFormatMislabelled() {
        Path file = Documents.docx(directory, "旧名.doc", SENTENCE);

        assertThat(extractor.detect(file, "旧名.doc").mislabelled()).isFalse();
    }

    @Test
    void refusesExecutablesNamedAsPdf() {
        Path windows = ProblemDocuments.windowsExecutable(directory, "setup.pdf");
        Path linux = ProblemDocuments.linuxExecutable(directory, "install.pdf");

        for (Path file : new Path[] {windows, linux}) {
            Detection detection = extractor.detect(file, file.getFileName().toString());
            assertThat(detection.verdict()).isEqualTo(Verdict.UNSUPPORTED);
            assertThat(detection.mislabelled()).isTrue();
            assertThat(detection.message()).contains("whatever the name " + file.getFileName() + " says");
            assertThat(extract(file).outcome()).isEqualTo(Outcome.UNSUPPORTED);
        }
        assertThat(extractor.detect(windows, "setup.pdf").mediaType()).isEqualTo("application/x-msdownload");
        assertThat(extractor.detect(linux, "install.pdf").mediaType()).isEqualTo("application/x-elf");
    }

    @Test
    void refusesHtmlNamedAsPdfOrText() throws java.io.IOException {
        String page = "<!DOCTYPE html><html><head><title>通知</title></head><body><p>正文</p>"
                + "<script>alert(document.cookie)</script></body></html>";
        for (String name : new String[] {"通知.pdf", "通知.txt"}) {
            Path file = java.nio.file.Files.writeString(directory.resolve(name), page);

            Detection detection = extractor.detect(file, name);

            assertThat(detection.verdict()).as(name).isEqualTo(Verdict.UNSUPPORTED);
            assertThat(detection.mislabelled()).as(name).isTrue();
            assertThat(detection.mediaType()).as(name).isEqualTo("text/html");
        }
        Path honest = java.nio.file.Files.writeString(directory.resolve("通知.html"), page);
        assertThat(extractor.detect(honest, "通知.html").verdict()).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    void refusesAPlainZipArchiveWhateverItIsNamed() {
        Path asPdf = ProblemDocuments.plainZip(directory, "压缩.pdf", SENTENCE);
        Path asDocx = ProblemDocuments.plainZip(directory, "压缩.docx", SENTENCE);

        for (Path file : new Path[] {asPdf, asDocx}) {
            Detection detection = extractor.detect(file, file.getFileName().toString());
            assertThat(detection.mediaType()).isEqualTo("application/zip");
            assertThat(detection.accepted()).isFalse();
            assertThat(extract(file).outcome()).isEqualTo(Outcome.UNSUPPORTED);
        }
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutParsingIt() {
        HangingParser parser = new HangingParser();
        Path file = Documents.docx(directory, "大文件.docx", SENTENCE.repeat(100));

        try (TextExtractor limited = new TextExtractor(ExtractionLimits.DEFAULTS.withMaxFileBytes(1024), parser)) {
            Extraction extraction = limited.extract(file, "大文件.docx");

            assertThat(extraction.outcome()).isEqualTo(Outcome.TOO_LARGE);
            assertThat(extraction.mediaType()).isEqualTo(DOCX);
            assertThat(extraction.message()).endsWith("more than the 1.0 KB limit for text extraction");
        }
        assertThat(parser.started()).isZero();
    }

    @Test
    void reportsAScannedPdfAsEmpty() {
        Extraction extraction = extract(Documents.scannedPdf(directory, "扫描件.pdf"));

        assertThat(extraction.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(extraction.text()).isNull();
        assertThat(extraction.metadata().pageCount()).isEqualTo(1);
    }

    @Test
    void reportsAnEmptyFileAsEmpty() throws Exception {
        Path file = Files.write(directory.resolve("空.txt"), new byte[0]);

        assertThat(extract(file).outcome()).isEqualTo(Outcome.EMPTY);
    }

    @Test
    void throwsOnlyWhenTheFileCannotBeReadAtAll() {
        Path missing = directory.resolve("不存在.pdf");

        assertThatThrownBy(() -> extractor.extract(missing, "不存在.pdf")).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> extractor.detect(missing, "不存在.pdf")).isInstanceOf(UncheckedIOException.class);
    }

    private static Extraction extract(Path file) {
        return extractor.extract(file, file.getFileName().toString());
    }
}
