package io.lanmu.attachment;

import io.lanmu.shared.Actor;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Moments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Storing attachment files and recording what was extracted from them. Who may attach what to which
 * item is decided by the item module, which calls this; what a file is and what text it holds,
 * {@link DocumentReading} tells.
 */
@Service
@Transactional
public class AttachmentFiles {

    private static final Logger log = LoggerFactory.getLogger(AttachmentFiles.class);
    private static final int MAX_NAME = 200;

    private final Attachments attachments;
    private final AttachmentStorage storage;
    private final AttachmentProperties properties;
    private final ObjectProvider<DocumentReading> reading;
    private final Clock clock;

    AttachmentFiles(Attachments attachments, AttachmentStorage storage, AttachmentProperties properties,
            ObjectProvider<DocumentReading> reading, Clock clock) {
        this.attachments = attachments;
        this.storage = storage;
        this.properties = properties;
        this.reading = reading;
        this.clock = clock;
    }

    /**
     * Stores a file for an item, once it is a document whose text Lanmu reads, whatever its name claims; refuses
     * other, empty and oversized files and leaves nothing behind then.
     *
     * @param file a local copy of the upload, which the caller deletes
     */
    public Stored store(long itemId, String fileName, Path file, Actor by) {
        String name = cleanName(fileName);
        DocumentReading.FileCheck check = DocumentReading.of(reading).check(file, name);
        if (!check.accepted()) {
            throw new InvalidInput("file", "attachment-type-refused",
                    "This file is not a document Lanmu accepts: " + check.mediaType(), check.mediaType());
        }
        Instant now = Moments.now(clock);
        String key = "%d/%s".formatted(itemId, UUID.randomUUID());
        Attachment attachment = new Attachment(itemId, name, check.mediaType(), key, by.userId(), now);
        try (InputStream content = Files.newInputStream(file)) {
            AttachmentStorage.StoredFile stored = storage.store(key, content, properties.maxSize().toBytes());
            if (stored.size() == 0) {
                storage.delete(key);
                throw new InvalidInput("file", "attachment-empty", "The file is empty");
            }
            attachment.stored(stored);
            deleteIfRolledBack(key);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The attachment could not be stored", e);
        }
        attachments.save(attachment);
        return new Stored(attachments.save(attachment.registerStored(by.username())), check.mislabelled());
    }

    @Transactional(readOnly = true)
    public Attachment find(long id) {
        return findIfPresent(id).orElseThrow(() -> new AttachmentNotFound(id));
    }

    @Transactional(readOnly = true)
    public Optional<Attachment> findIfPresent(long id) {
        return attachments.findById(id);
    }

    /** Those of the attachments that exist, in no particular order. */
    @Transactional(readOnly = true)
    public List<Attachment> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : attachments.findByIdIn(ids);
    }

    public InputStream open(Attachment attachment) {
        try {
            return storage.open(attachment.getStorageKey());
        }
        catch (IOException e) {
            throw new UncheckedIOException("The file of attachment " + attachment.getId() + " cannot be read", e);
        }
    }

    /**
     * Deletes the attachments of an item being deleted, in the caller's transaction; their files go
     * once it has committed (a rollback keeps rows and files together).
     */
    public void deleteAllOf(long itemId) {
        List<Attachment> gone = attachments.findByItemIdOrderById(itemId);
        if (gone.isEmpty()) {
            return;
        }
        attachments.deleteInOneStatementByItemId(itemId);
        List<String> keys = gone.stream().map(Attachment::getStorageKey).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(AttachmentFiles.this::deleteQuietly);
            }
        });
    }

    /** Records the extraction's result once; a second result for the same file is ignored. */
    public void recordExtraction(long id, TextExtraction result) {
        Attachment attachment = find(id);
        if (!attachment.isExtracted()) {
            attachment.recordExtraction(result, Moments.now(clock));
            attachments.save(attachment);
        }
    }

    /** A file stored for an upload that is then refused or fails stays on disk without a row; not so. */
    private void deleteIfRolledBack(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(key);
                    }
                }
            });
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        }
        catch (IOException | RuntimeException e) {
            log.warn("The file {} could not be deleted: {}", key, e.getMessage());
        }
    }

    /**
     * A stored file.
     *
     * @param mislabelled the name's extension stands for another kind of document than the content
     */
    public record Stored(Attachment attachment, boolean mislabelled) {
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("file", "attachment-name-invalid",
                    "A file name has 1 to " + MAX_NAME + " printable characters", MAX_NAME);
        }
        return name;
    }
}
