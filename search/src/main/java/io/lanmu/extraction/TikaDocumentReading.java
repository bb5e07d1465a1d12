package io.lanmu.extraction;

import io.lanmu.attachment.DocumentReading;
import io.lanmu.attachment.TextExtraction;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The attachment module's document reader, by the {@link TextExtractor}: what it detects and extracts, in the
 * attachment module's words.
 */
@Component
class TikaDocumentReading implements DocumentReading {

    private final ObjectProvider<TextExtractor> extractor;

    TikaDocumentReading(ObjectProvider<TextExtractor> extractor) {
        this.extractor = extractor;
    }

    @Override
    public FileCheck check(Path file, String fileName) {
        Detection detection = extractor.getObject().detect(file, fileName);
        return new FileCheck(detection.accepted(), detection.mediaType(), detection.mislabelled(), detection.message());
    }

    @Override
    public TextExtraction extract(Path file, String fileName) {
        Extraction extraction = extractor.getObject().extract(file, fileName);
        return new TextExtraction(extraction.outcome().name(), extraction.text(), extraction.truncated(),
                extraction.mediaType(), extraction.message());
    }
}
