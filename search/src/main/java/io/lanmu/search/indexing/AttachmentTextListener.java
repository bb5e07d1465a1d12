package io.lanmu.search.indexing;

import io.lanmu.attachment.Attachment;
import io.lanmu.attachment.AttachmentFiles;
import io.lanmu.attachment.AttachmentNotFound;
import io.lanmu.attachment.AttachmentStored;
import io.lanmu.attachment.TextExtraction;
import io.lanmu.search.SearchLanes;
import io.lanmu.search.extraction.Extraction;
import io.lanmu.search.extraction.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Extracts the text of each stored attachment, after the upload committed, and records it with the
 * attachment; recording it raises the event that re-indexes the item. A file that cannot be read
 * (encrypted, corrupt, too complex...) gets its outcome recorded instead; the item is unaffected.
 *
 * <p>It runs in the extraction lane, so slow documents never hold up indexing, and holds no
 * transaction while it parses: a database connection is taken only to read and record.
 */
@Component
class AttachmentTextListener {

    private final AttachmentFiles files;
    private final ObjectProvider<TextExtractor> extractor;

    AttachmentTextListener(AttachmentFiles files, ObjectProvider<TextExtractor> extractor) {
        this.files = files;
        this.extractor = extractor;
    }

    @Async(SearchLanes.EXTRACTION)
    @TransactionalEventListener
    void on(AttachmentStored stored) {
        Attachment attachment;
        try {
            attachment = files.find(stored.attachmentId());
        }
        catch (AttachmentNotFound deletedWithItsItem) {
            // A draft deleted before its text was read: nothing left to extract.
            return;
        }
        if (attachment.isExtracted()) {
            return;
        }
        Path copy = null;
        try (InputStream content = files.open(attachment)) {
            // The storage may be remote; the extractor reads a local file, a page of it at a time.
            copy = Files.createTempFile("lanmu-attachment-", ".bin");
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            Extraction extraction = extractor.getObject().extract(copy, attachment.getFileName());
            files.recordExtraction(attachment.getId(), new TextExtraction(extraction.outcome().name(),
                    extraction.text(), extraction.truncated(), extraction.mediaType(), extraction.message()));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Attachment " + attachment.getId() + " could not be read for extraction", e);
        }
        finally {
            deleteQuietly(copy);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
