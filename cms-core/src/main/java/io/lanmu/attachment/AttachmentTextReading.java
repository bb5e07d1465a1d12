package io.lanmu.attachment;

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
 * Reads the text of each stored attachment, after the upload committed, and records it with the attachment;
 * recording it raises {@link AttachmentTextExtracted}, on which search indexes the item again. A file that cannot
 * be read (encrypted, corrupt, too complex...) gets its outcome recorded instead; the item is unaffected.
 *
 * <p>It runs in the extraction lane, so slow documents never hold up indexing, and holds no transaction while
 * the document is read: a database connection is taken only to read and record.
 */
@Component
class AttachmentTextReading {

    private final AttachmentFiles files;
    private final ObjectProvider<DocumentReading> reading;

    AttachmentTextReading(AttachmentFiles files, ObjectProvider<DocumentReading> reading) {
        this.files = files;
        this.reading = reading;
    }

    @Async(DocumentReading.LANE)
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
            // The storage may be remote; the reader reads a local file, a page of it at a time.
            copy = Files.createTempFile("lanmu-attachment-", ".bin");
            Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
            files.recordExtraction(attachment.getId(), DocumentReading.of(reading).extract(copy, attachment.getFileName()));
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
