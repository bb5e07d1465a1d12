package io.lanmu.attachment;

import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Reads documents: what a file is, and the text in it. The attachment module asks it before it stores an upload
 * and after the upload committed; the extraction module implements it (with Apache Tika), so nothing here needs
 * to know how documents are read.
 *
 * <p>Neither method throws for a bad document: what cannot be read comes back as a refusal or an outcome code.
 * They throw only when the file itself cannot be read.
 */
public interface DocumentReading {

    /** The background lane, by bean name, that text extraction runs in; the implementing module provides it. */
    String LANE = "extractionLane";

    /**
     * The reader the application has. The core boots without one (its own tests do, having no files to read); an
     * application that stores attachments includes the extraction module, which provides it.
     */
    static DocumentReading of(ObjectProvider<DocumentReading> readers) {
        return readers.getIfAvailable(() -> {
            throw new IllegalStateException("No document reader: the application needs the extraction module");
        });
    }

    /**
     * What the file is, by its content and name, to refuse non-documents before they are stored. Fast for
     * documents, bounded for anything else.
     *
     * @param fileName the name the file was uploaded under; only its extension matters
     */
    FileCheck check(Path file, String fileName);

    /**
     * The text of a file, within the limits of time, size and length the implementation sets. Slow: it runs in
     * {@link #LANE}, never on a request.
     */
    TextExtraction extract(Path file, String fileName);

    /**
     * @param accepted whether Lanmu reads this kind of document
     * @param mediaType the type found in the content
     * @param mislabelled the name's extension stands for another kind of document
     */
    record FileCheck(boolean accepted, String mediaType, boolean mislabelled, String message) {
    }
}
