package io.lanmu.extraction;

import static io.lanmu.extraction.Documents.SENTENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.lanmu.extraction.Detection.Verdict;
import io.lanmu.extraction.Extraction.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and oversized documents are stopped by the limits, quickly and without holding up the caller. */
class TextExtractorGuardsTest {

    private static final long BOMB_BYTES = 200L * 1024 * 1024;

    @TempDir
    static Path directory;

    private static Path zipBomb;
    private static TextExtractor extractor;

    @BeforeAll
    static void prepare() {
        extractor = new TextExtractor(ExtractionLimits.DEFAULTS);
        zipBomb = ProblemDocuments.zipBombDocx(directory, "炸弹.docx", BOMB_BYTES);
    }

    @AfterAll
    static void stopExtractor() {
        extractor.close();
    }

    @Test
    void stopsAZipBombWithoutExpandingItIntoTheHeap() throws Exception {
        assertThat(Files.size(zipBomb)).isLessThan(BOMB_BYTES / 500);
        long allocatedBefore = allocatedBytes();

        Detection detection = extractor.detect(zipBomb, "炸弹.docx");
        Extraction extraction = extractor.extract(zipBomb, "炸弹.docx");

        // What the heap took, not how long it took: the bomb is refused before it is expanded.
        assertThat(allocatedBytes() - allocatedBefore).isLessThan(32L * 1024 * 1024);
        assertThat(detection.verdict()).isEqualTo(Verdict.TOO_COMPLEX);
        assertThat(extraction.outcome()).isEqualTo(Outcome.TOO_COMPLEX);
        assertThat(extraction.message()).isEqualTo(
                "The archive entry word/document.xml expands more than 200 times its compressed size");
    }

    @Test
    void stopsAZipBombThatUnderstatesItsSize() {
        Path understated = ProblemDocuments.understatedZipBomb(zipBomb, directory, "隐藏炸弹.docx");

        assertThat(extractor.extract(understated, "隐藏炸弹.docx").outcome()).isEqualTo(Outcome.TOO_COMPLEX);
    }

    @Test
    void stopsDocumentsEmbeddedTooDeeply() {
        Path deepest = Documents.nestedDocx(directory, "三层.docx", 3, SENTENCE);
        Path allowed = Documents.nestedDocx(directory, "两层.docx", 2, SENTENCE);

        try (TextExtractor shallow = new TextExtractor(ExtractionLimits.DEFAULTS.withMaxNestingDepth(2))) {
            Extraction refused = shallow.extract(deepest, "三层.docx");

            assertThat(refused.outcome()).isEqualTo(Outcome.TOO_COMPLEX);
            assertThat(refused.message()).isEqualTo("Documents are embedded in one another more than 2 levels deep");
            assertThat(shallow.extract(allowed, "两层.docx").outcome()).isEqualTo(Outcome.EXTRACTED);
        }
    }

    @Test
    void cutsTheTextAtTheCharacterLimit() throws Exception {
        String long_ = SENTENCE.repeat(10_000);
        Path file = Files.writeString(directory.resolve("长文.txt"), long_, StandardCharsets.UTF_8);

        try (TextExtractor limited = new TextExtractor(ExtractionLimits.DEFAULTS.withMaxCharacters(1000))) {
            Extraction extraction = limited.extract(file, "长文.txt");

            assertThat(extraction.outcome()).isEqualTo(Outcome.EXTRACTED);
            assertThat(extraction.truncated()).isTrue();
            assertThat(extraction.text()).isEqualTo(long_.substring(0, 1000));
            assertThat(extraction.message()).isEqualTo("Only the first 1,000 characters of the text are kept");
        }
    }

    @Test
    void timesOutOnADocumentThatTakesTooLongAndStopsParsingIt() {
        Path slow = ProblemDocuments.slowPdf(directory, "慢.pdf", 300);
        Path quick = Documents.docx(directory, "快.docx", SENTENCE);
        ExtractionLimits oneThread = new ExtractionLimits(1024 * 1024, Duration.ofMillis(200), 1000, 5, 1024 * 1024,
                200, 100, 1);

        try (TextExtractor hurried = new TextExtractor(oneThread)) {
            Extraction extraction = hurried.extract(slow, "慢.pdf");

            assertThat(extraction.outcome()).isEqualTo(Outcome.TIMED_OUT);
            assertThat(extraction.mediaType()).isEqualTo("application/pdf");
            assertThat(extraction.message()).isEqualTo("Extraction took longer than 200 ms and was stopped");
            // All 300 pages would take many seconds; the parse stops at the next page, which frees the only thread.
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> hurried.extract(quick, "快.docx").outcome() == Outcome.EXTRACTED);
        }
    }

    @Test
    void returnsOnTimeWhileAParserDeafToInterruptionKeepsItsThread() {
        HangingParser parser = new HangingParser();
        Path file = Documents.text(directory, "卡住.txt", SENTENCE, StandardCharsets.UTF_8);
        ExtractionLimits limits = new ExtractionLimits(1024 * 1024, Duration.ofMillis(300), 1000, 5, 1024 * 1024, 200,
                100, 1);

        try (TextExtractor stuck = new TextExtractor(limits, parser)) {
            // The parser hangs until released: that both calls return at all shows they did not wait for it.
            Extraction hung = stuck.extract(file, "卡住.txt");
            Extraction queued = stuck.extract(file, "卡住.txt");

            assertThat(hung.outcome()).isEqualTo(Outcome.TIMED_OUT);
            assertThat(queued.outcome()).isEqualTo(Outcome.TIMED_OUT);
            assertThat(queued.message()).startsWith("No extraction thread came free within 300 ms");
            assertThat(parser.stillRunning()).isEqualTo(1);

            parser.release();

            Extraction afterwards = stuck.extract(file, "卡住.txt");
            assertThat(afterwards.outcome()).isEqualTo(Outcome.EXTRACTED);
            assertThat(afterwards.text()).isEqualTo(SENTENCE);
            assertThat(parser.started()).isEqualTo(2);
        } finally {
            parser.release();
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }
}
