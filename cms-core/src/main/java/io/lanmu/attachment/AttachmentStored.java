package io.lanmu.attachment;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

/**
 * A file was uploaded to an item. Its text is extracted next.
 */
public record AttachmentStored(long attachmentId, long itemId, String fileName, long sizeBytes, long actorId,
        String actorName, Instant occurredAt) implements DomainEvent {

    @Override
    public String subjectType() {
        return "ITEM";
    }

    @Override
    public long subjectId() {
        return itemId;
    }
}
