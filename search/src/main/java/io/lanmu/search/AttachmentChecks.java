package io.lanmu.search;

import io.lanmu.search.extraction.Detection;
import io.lanmu.search.extraction.TextExtractor;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Looks at an uploaded file before it is stored: only documents whose text Lanmu can read are accepted,
 * whatever the file's name claims.
 */
@Service
public class AttachmentChecks {

    private final ObjectProvider<TextExtractor> extractor;

    AttachmentChecks(ObjectProvider<TextExtractor> extractor) {
        this.extractor = extractor;
    }

    public FileCheck check(Path file, String fileName) {
        Detection detection = extractor.getObject().detect(file, fileName);
        return new FileCheck(detection.accepted(), detection.mediaType(), detection.mislabelled(), detection.message());
    }

    /**
     * @param mediaType the type found in the content
     * @param mislabelled the name's extension stands for another kind of document
     */
    public record FileCheck(boolean accepted, String mediaType, boolean mislabelled, String message) {
    }
}
