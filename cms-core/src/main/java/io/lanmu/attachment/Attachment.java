package io.lanmu.attachment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A stored file uploaded to an item. The file never changes; what was extracted from it is recorded
 * once extraction has run ({@code extraction} is {@code PENDING} until then).
 */
@Entity
@Table(name = "attachment")
public class Attachment extends AbstractAggregateRoot<Attachment> {

    public static final String PENDING = "PENDING";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    private long itemId;

    private String fileName;

    private String contentType;

    private long sizeBytes;

    private String sha256;

    private String storageKey;

    private long uploadedBy;

    private Instant uploadedAt;

    private String extraction;

    private String extractionMessage;

    private String extractedText;

    private boolean textTruncated;

    private Instant extractedAt;

    @Version
    private long version;

    protected Attachment() {
    }

    Attachment(long itemId, String fileName, String contentType, String storageKey, long uploadedBy,
            Instant uploadedAt) {
        this.itemId = itemId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.extraction = PENDING;
    }

    void stored(AttachmentStorage.StoredFile file) {
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
    }

    Attachment registerStored(String actorName) {
        registerEvent(new AttachmentStored(id, itemId, fileName, sizeBytes, uploadedBy, actorName, uploadedAt));
        return this;
    }

    void recordExtraction(TextExtraction result, Instant at) {
        this.extraction = result.outcome();
        this.extractionMessage = result.message();
        this.extractedText = result.text();
        this.textTruncated = result.truncated();
        if (result.detectedType() != null) {
            this.contentType = result.detectedType();
        }
        this.extractedAt = at;
        registerEvent(new AttachmentTextExtracted(id, itemId, result.outcome(), at));
    }

    public boolean isExtracted() {
        return !PENDING.equals(extraction);
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getExtraction() {
        return extraction;
    }

    public String getExtractionMessage() {
        return extractionMessage;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public boolean isTextTruncated() {
        return textTruncated;
    }

    public Instant getExtractedAt() {
        return extractedAt;
    }

    public long getVersion() {
        return version;
    }
}
