package io.lanmu.attachment;

import io.lanmu.shared.Actor;
import io.lanmu.shared.DomainEvent;
import java.time.Instant;

/**
 * Text extraction ran for an attachment, with the given outcome. The items listing it need indexing
 * again.
 */
public record AttachmentTextExtracted(long attachmentId, long itemId, String outcome, Instant occurredAt)
        implements DomainEvent {

    @Override
    public long actorId() {
        return Actor.SYSTEM.userId();
    }

    @Override
    public String actorName() {
        return Actor.SYSTEM.username();
    }

    @Override
    public String subjectType() {
        return "ITEM";
    }

    @Override
    public long subjectId() {
        return itemId;
    }

    @Override
    public String comment() {
        return outcome;
    }
}
