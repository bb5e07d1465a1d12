package io.lanmu.item;

import java.time.Instant;

/**
 * An approver sent the item back with a comment.
 */
public record ItemRejected(long itemId, long columnId, int revision, String comment, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
